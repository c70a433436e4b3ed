import { expect } from "vitest";
import { TaiwaError } from "../../app/errors.ts";

/** The TaiwaError a promise rejects with; fails the test if it resolves or rejects with anything else. */
export async function taiwaFailure(promise: Promise<unknown>): Promise<TaiwaError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(TaiwaError);
  return error as TaiwaError;
}
