import { describe, expect, it } from "vitest";
import {
  adverbOf,
  countedNoun,
  ingOf,
  nounForm,
  participleOf,
  pastOf,
  qualityNoun,
  thirdPerson,
  verbForm,
} from "../../../rag/answer/english-word-forms.ts";

describe("verbForm and nounForm", () => {
  it("finds the verb by its past in the same list, and names an action by its noun", () => {
    expect(verbForm(["strengthen", "strengthening", "strengthened"])).toBe("strengthen");
    expect(verbForm(["measure", "measures"])).toBeUndefined();
    // Or by its -ing form, when the list gives no past.
    expect(verbForm(["use", "utilize", "utilization", "utilizing"])).toBe("utilize");
    expect(nounForm(["add", "added", "adding", "addition"])).toBe("addition");
    expect(nounForm(["strengthen", "strengthening", "strengthened", "strengthens", "reinforce", "reinforcement"])).toBe(
      "strengthening",
    );
    // A verb English also uses as a noun stays as it is: support of, not supporting of.
    expect(nounForm(["support", "supports", "supported", "supporting"])).toBe("support");
  });
});

describe("pastOf and thirdPerson", () => {
  it("inflects regular, -y, -e and irregular verbs, and the first word of a phrasal one", () => {
    expect(pastOf("publish")).toBe("published");
    expect(pastOf("specify")).toBe("specified");
    expect(pastOf("introduce")).toBe("introduced");
    expect(pastOf("hold")).toBe("held");
    expect(pastOf("set up")).toBe("set up");
    expect(thirdPerson("rise")).toBe("rises");
    expect(thirdPerson("apply")).toBe("applies");
    expect(thirdPerson("focus on")).toBe("focuses on");
  });
});

describe("adverbOf and participleOf", () => {
  it("makes an adverb of an adjective and a participle of a verb", () => {
    expect(adverbOf("strategic")).toBe("strategically");
    expect(adverbOf("flexible")).toBe("flexibly");
    expect(adverbOf("necessary")).toBe("necessarily");
    expect(adverbOf("rapid")).toBeUndefined();
    expect(participleOf("take")).toBe("taken");
    expect(participleOf("strengthen")).toBe("strengthened");
  });
});

describe("qualityNoun", () => {
  it("forms an adjective's noun of quality as English regularly does, or none", () => {
    expect(qualityNoun(["indispensable", "essential"])).toBe("indispensability");
    expect(qualityNoun(["resilient"])).toBe("resilience");
    expect(qualityNoun(["effective"])).toBe("effectiveness");
    expect(qualityNoun(["safe"])).toBeUndefined();
  });
});

describe("irregular and doubled verb forms", () => {
  it("inflects think, say and spread irregularly and doubles occur, transfer and plan", () => {
    expect(pastOf("think")).toBe("thought");
    expect(participleOf("show")).toBe("shown");
    expect(pastOf("occur")).toBe("occurred");
    expect(ingOf("transfer")).toBe("transferring");
    expect(pastOf("plan")).toBe("planned");
    expect(pastOf("strengthen")).toBe("strengthened");
  });
});

describe("countedNoun", () => {
  it("gives the first form when the list gives its plural too, a noun and no verb's base", () => {
    expect(countedNoun(["dialogue", "dialog", "dialogues", "talks"])).toBe("dialogue");
    // complement's plural is not listed (pluralOf keeps -ment nouns as they are); maintain has none.
    expect(countedNoun(["complement", "complementary", "supplement"])).toBeUndefined();
    expect(countedNoun(["maintain", "uphold"])).toBeUndefined();
    expect(countedNoun(["take measures", "take steps"])).toBeUndefined();
  });
});
