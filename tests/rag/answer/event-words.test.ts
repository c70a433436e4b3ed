import { describe, expect, it } from "vitest";
import { definingEvent, eventsOfOtherParts, eventVariants, eventWords } from "../../../rag/answer/event-words.ts";

describe("eventVariants", () => {
  it("says a name's event word the other ways and keeps the name as asked", () => {
    expect(eventVariants("再改定")).toEqual(expect.arrayContaining(["再改定", "再改訂", "再改正"]));
    expect(eventVariants("初版")).toEqual(["初版"]);
  });
});

describe("eventWords", () => {
  it("gives the other words the documents use for the same event", () => {
    expect(eventWords("施行")).toEqual(expect.arrayContaining(["施行", "適用", "開始"]));
    expect(eventWords("公表")).toEqual(expect.arrayContaining(["発表", "公開"]));
    expect(eventWords("提出")).not.toContain("施行");
    // A law's review clause says it in its own words: 「施行後三年を目途として…検討を加え」.
    expect(eventWords("見直し")).toContain("検討を加え");
  });

  it("keeps an event it has no other words for as it is", () => {
    expect(eventWords("撤廃")).toEqual(["撤廃"]);
  });
});

describe("definingEvent", () => {
  it("reads the act that picks out the asked thing in the clause before it", () => {
    expect(definingEvent("特定試験物資が11から12に増えたとき、新しく追加された物資は何ですか？")).toBe("追加");
    expect(definingEvent("今回改正された点はどこですか")).toBe("改正");
    expect(definingEvent("特定試験物資は何ですか？")).toBeUndefined();
  });
});

describe("eventsOfOtherParts", () => {
  it("gives the events the other parts date, unless this part says them too", () => {
    const how = { text: "試験制度って、ざっくりどういう仕組みなんでしょう？", askedType: "definition", events: [] };
    const since = { text: "いつから施行されているかも教えてください。", askedType: "date", events: ["施行"] };
    expect(eventsOfOtherParts(how, [how, since])).toEqual(["施行"]);
    expect(eventsOfOtherParts(since, [how, since])).toEqual([]);
    const both = { text: "施行に向けた準備は？", askedType: "definition", events: [] };
    expect(eventsOfOtherParts(both, [both, since])).toEqual([]);
    // A part that asks whether (指定されたら…できなくなる？) dates nothing: its act stays a word of the others.
    const whether = { text: "指定されたら外国に出願できなくなる？", askedType: "yes-no", events: ["指定"] };
    expect(eventsOfOtherParts(how, [how, whether])).toEqual([]);
  });
});
