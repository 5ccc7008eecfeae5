import { quorumLine } from "../../src/wording/quorum";

describe("the quorum line while marking attendance", () => {
  test("says who counts, in the issue's words", () => {
    expect(quorumLine(4, 6).whoCounts).toBe(
      "6 tenant members can vote; deputies and co-optees don't count towards quorum"
    );
    expect(quorumLine(1, 1).whoCounts).toMatch(/^1 tenant member can vote;/);
  });

  test("quorate and not quorate differ in the first word", () => {
    expect(quorumLine(3, 6)).toMatchObject({
      quorate: true,
      headline: "Quorate: 3 of 6 tenant members present (3 needed)",
    });
    expect(quorumLine(2, 6)).toMatchObject({
      quorate: false,
      headline: "Not quorate: 2 of 6 tenant members present, 3 needed",
    });
  });

  test("deputies and co-optees marked present are said, not counted", () => {
    const line = quorumLine(4, 6, 2);
    expect(line.headline).toBe("Quorate: 4 of 6 tenant members present (3 needed)");
    expect(line.whoCounts).toBe(
      "6 tenant members can vote; deputies and co-optees don't count towards quorum (2 marked present are deputies or co-optees)"
    );
    expect(quorumLine(4, 6, 1).whoCounts).toMatch(/\(1 marked present is a deputy or co-optee\)$/);
  });

  test("no tenant members on the roll: no quorum to work out", () => {
    expect(quorumLine(0, 0)).toEqual({
      headline: "Quorum cannot be worked out: no tenant members on the roll",
      whoCounts: "Deputies and co-optees don't count towards quorum",
    });
  });
});
