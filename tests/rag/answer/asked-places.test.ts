import { describe, expect, it } from "vitest";
import { withAskedPlace } from "../../../rag/answer/asked-places.ts";

const PLACES = ["日本", "英国", "韓国", "メキシコ", "カナダ", "米国", "EU"];
/** The places a text names, in the order it names them (a stand-in for kuromoji's 固有名詞・地域). */
const placesIn = (text: string) =>
  PLACES.filter((place) => text.includes(place)).sort((a, b) => text.indexOf(a) - text.indexOf(b));

const ROW =
  "試験部品　追加税率:25% ・メキシコ、カナダからの適合品は非米国部分のみ課税・英国は年10万台まで10%、以降25%。日本、EUについては15%。韓国については15%で合意";

describe("withAskedPlace", () => {
  it("keeps a row's head and the pieces about the asked place", () => {
    expect(withAskedPlace(ROW, new Set(["日本"]), placesIn)).toBe("試験部品　追加税率:25% … 日本、EUについては15%。");
    expect(withAskedPlace(ROW, new Set(["英国"]), placesIn)).toBe(
      "試験部品　追加税率:25% … 英国は年10万台まで10%、以降25%。",
    );
  });

  it("reads a place inside a piece (非米国部分) as no place the piece is about", () => {
    expect(withAskedPlace(ROW, new Set(["米国", "日本"]), placesIn)).toBe(
      "試験部品　追加税率:25% … 日本、EUについては15%。",
    );
  });

  it("keeps the row whole when no place is asked, none of its pieces is about one, or every piece is", () => {
    expect(withAskedPlace(ROW, new Set(), placesIn)).toBe(ROW);
    expect(withAskedPlace(ROW, new Set(["米国"]), placesIn)).toBe(ROW);
    const one = "試験部品・試験機器　追加税率:25%。日本については15%。";
    expect(withAskedPlace(one, new Set(["日本"]), placesIn)).toBe(one);
  });
});
