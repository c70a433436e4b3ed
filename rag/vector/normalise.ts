/** Scales a vector to unit length so cosine similarity becomes a plain dot product; zero vectors stay zero. */
export function normaliseInto(target: Float32Array, offset: number, vector: readonly number[]): void {
  let sumOfSquares = 0;
  for (const value of vector) sumOfSquares += value * value;
  const scale = sumOfSquares > 0 ? 1 / Math.sqrt(sumOfSquares) : 0;
  for (let index = 0; index < vector.length; index += 1) target[offset + index] = (vector[index] ?? 0) * scale;
}
