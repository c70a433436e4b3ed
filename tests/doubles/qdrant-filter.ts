/** The part of Qdrant's filter language the stand-in evaluates: must / must_not / should of key-match conditions. */
export interface QdrantFilter {
  must?: QdrantCondition[];
  must_not?: QdrantCondition[];
  should?: QdrantCondition[];
}

interface QdrantCondition {
  key?: string;
  match?: { value?: unknown; any?: unknown[]; except?: unknown[] };
}

export function matchesFilter(payload: Record<string, unknown>, filter: QdrantFilter): boolean {
  const test = (condition: QdrantCondition): boolean => {
    if (!condition.key || !condition.match)
      throw new Error(`the stand-in does not evaluate ${JSON.stringify(condition)}`);
    const value = payload[condition.key];
    const { match } = condition;
    if ("value" in match) return value === match.value;
    if (match.any) return match.any.includes(value);
    if (match.except) return !match.except.includes(value);
    return false;
  };
  if (filter.must && !filter.must.every(test)) return false;
  if (filter.must_not?.some(test)) return false;
  if (filter.should && filter.should.length > 0 && !filter.should.some(test)) return false;
  return true;
}
