/**
 * The production build's rewrite of manifest.xml (scripts/manifestUrls.js, used by webpack.config.js):
 * every dev URL, not only the first, becomes the production URL, and no localhost address is left.
 */
import * as fs from "fs";
import * as path from "path";
import {
  DEV_BASE_URL,
  findLocalhost,
  productionBaseUrl,
  productionManifest,
  rewriteDevUrls,
  withVersion,
} from "../../scripts/manifestUrls";

const manifestText = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
const production = "https://tosp.council.example/addin/";

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe("rewriteDevUrls", () => {
  test("replaces every occurrence, not just the first", () => {
    const text = `<a href="${DEV_BASE_URL}one.png"/><b href="${DEV_BASE_URL}two.html"/>${DEV_BASE_URL}`;
    expect(rewriteDevUrls(text, production)).toBe(
      `<a href="${production}one.png"/><b href="${production}two.html"/>${production}`
    );
  });

  test("reads the dev URL literally: its dots match only dots", () => {
    const lookalike = "https://localhostX3000/icon.png https://localhost:3000Xicon.png";
    expect(rewriteDevUrls(lookalike, production)).toBe(lookalike);
  });

  test("writes a production URL holding $ as it is, not as a replacement pattern", () => {
    expect(rewriteDevUrls(`${DEV_BASE_URL}a`, "https://example.org/$&/")).toBe(
      "https://example.org/$&/a"
    );
  });

  test("rewrites all of manifest.xml's dev URLs and leaves no localhost", () => {
    const devUrls = count(manifestText, DEV_BASE_URL);
    expect(devUrls).toBeGreaterThan(5);
    const rewritten = productionManifest(manifestText, production);
    expect(count(rewritten, production)).toBe(devUrls);
    expect(rewritten).not.toMatch(/localhost|127\.0\.0\.1/i);
    expect(findLocalhost(rewritten)).toBeUndefined();
  });
});

describe("productionManifest", () => {
  test("stops the build when a localhost address other than the dev URL is left", () => {
    const text = `<Url DefaultValue="${DEV_BASE_URL}a.html"/><Url DefaultValue="http://localhost:8080/b.html"/>`;
    expect(() => productionManifest(text, production)).toThrow(/http:\/\/localhost:8080\/b\.html/);
  });
});

describe("productionBaseUrl", () => {
  test("comes from ADDIN_BASE_URL, with a final / added", () => {
    expect(productionBaseUrl({ ADDIN_BASE_URL: "https://tosp.council.example/addin" })).toBe(
      production
    );
    expect(productionBaseUrl({ ADDIN_BASE_URL: production })).toBe(production);
  });

  test("is required: a missing or blank ADDIN_BASE_URL stops the build saying how to set it", () => {
    expect(() => productionBaseUrl({})).toThrow(/ADDIN_BASE_URL is missing.*npm run build/);
    expect(() => productionBaseUrl({ ADDIN_BASE_URL: "  " })).toThrow(/ADDIN_BASE_URL is missing/);
  });

  test("refuses an address Office would not load or that is not the production host", () => {
    expect(() => productionBaseUrl({ ADDIN_BASE_URL: "http://tosp.council.example/" })).toThrow(
      /https/
    );
    expect(() => productionBaseUrl({ ADDIN_BASE_URL: "https://localhost:3000/" })).toThrow(
      /localhost/
    );
    expect(() => productionBaseUrl({ ADDIN_BASE_URL: "tosp.council.example" })).toThrow(
      /not a URL/
    );
  });
});

describe("withVersion", () => {
  test("sets the manifest's Version from package.json's, in Office's four parts", () => {
    const rewritten = withVersion(manifestText, "1.4.2");
    expect(rewritten).toContain("<Version>1.4.2.0</Version>");
    expect(count(rewritten, "<Version>")).toBe(1);
  });

  test("refuses a version Office could not read", () => {
    expect(() => withVersion(manifestText, "1.4")).toThrow(/three numbers/);
  });
});
