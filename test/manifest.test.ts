/**
 * manifest.xml, checked offline: what the add-in depends on (shared runtime, TOSP namespace, one shared
 * page, permissions, requirement sets, URLs, icons, resource ids). Microsoft's validator
 * (`npm run validate`) needs the internet; this does not.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { findXmllint, MISSING_XMLLINT, validateManifest } from "../scripts/checkManifest";
import {
  DEV_BASE_URL,
  productionManifest,
  SAMPLE_BASE_URL,
  withVersion,
} from "../scripts/manifestUrls";
import { version as packageVersion } from "../package.json";

const root = path.resolve(__dirname, "..");
const manifestText = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

type XmlNode = { [key: string]: unknown };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
});
const manifest = parser.parse(manifestText) as XmlNode;
const officeApp = manifest.OfficeApp as XmlNode;

function asArray(value: unknown): XmlNode[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as XmlNode[];
}

/** Every element with this tag name, at any depth below node. */
function findAll(node: unknown, tag: string): XmlNode[] {
  const found: XmlNode[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value as XmlNode)) {
        if (key === tag) found.push(...asArray(child));
        if (!key.startsWith("@_")) visit(child);
      }
    }
  };
  visit(node);
  return found;
}

/** Every attribute (name, value) at any depth, and every element's text. */
function allValues(node: unknown): { name: string; value: string }[] {
  const values: { name: string; value: string }[] = [];
  const visit = (value: unknown, name: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item) => visit(item, name));
    } else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value as XmlNode)) visit(child, key);
    } else if (typeof value === "string") {
      values.push({ name, value });
    }
  };
  visit(node, "");
  return values;
}

function text(node: unknown): string {
  if (typeof node === "string") return node;
  return String((node as XmlNode)["#text"] ?? "");
}

const resources = (officeApp.VersionOverrides as XmlNode).Resources as XmlNode;
const resourceGroups = ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"] as const;
const resourceValue = new Map<string, string>();
for (const group of resourceGroups) {
  for (const item of findAll(
    resources[group],
    group === "bt:Images" ? "bt:Image" : group === "bt:Urls" ? "bt:Url" : "bt:String"
  )) {
    resourceValue.set(String(item["@_id"]), String(item["@_DefaultValue"]));
  }
}

function urlOf(resid: unknown): string {
  const url = resourceValue.get(String(resid));
  if (url === undefined) throw new Error(`resid ${String(resid)} is not defined under Resources`);
  return url;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ).toBe(true);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const sharedPageUrl = `${DEV_BASE_URL}taskpane.html`;

describe("manifest.xml", () => {
  test("is well-formed XML for a task-pane add-in in Excel", () => {
    expect(XMLValidator.validate(manifestText)).toBe(true);
    expect(officeApp["@_xsi:type"]).toBe("TaskPaneApp");
    expect(text(officeApp.Id)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    );
    // The build sets it from package.json (scripts/manifestUrls.js withVersion); the source keeps up too.
    expect(text(officeApp.Version)).toBe(`${packageVersion}.0`);
    expect(text(officeApp.DefaultLocale)).toBe("en-GB");
    expect((officeApp.DisplayName as XmlNode)["@_DefaultValue"]).toBe("Tenant Scrutiny Panel");
    expect(findAll(officeApp.Hosts, "Host").map((host) => host["@_Name"])).toEqual(["Workbook"]);
  });

  test("asks for ReadWriteDocument and nothing more", () => {
    expect(findAll(officeApp, "Permissions").map(text)).toEqual(["ReadWriteDocument"]);
  });

  test("declares the requirement sets the add-in depends on", () => {
    const sets = findAll(officeApp.Requirements, "Set").map((set) => [
      set["@_Name"],
      set["@_MinVersion"],
    ]);
    expect(sets).toEqual(
      expect.arrayContaining([
        ["SharedRuntime", "1.1"],
        // CustomFunctions.ErrorCode.invalidValue (src/functions/errors.ts) is CustomFunctionsRuntime 1.3.
        ["CustomFunctionsRuntime", "1.3"],
        // runtime.enableEvents (1.8) and worksheets.onChanged (1.9); Table.resize (1.13) is asked for at run time.
        ["ExcelApi", "1.9"],
      ])
    );
  });

  test("asks for the CustomFunctionsRuntime of every CustomFunctions.ErrorCode the functions use", () => {
    // Office's own typings give each ErrorCode value's requirement set: invalidValue is 1.3, not 1.2.
    const typings = fs.readFileSync(
      path.join(root, "node_modules/@types/custom-functions-runtime/index.d.ts"),
      "utf8"
    );
    const functionsSource = fs
      .readdirSync(path.join(root, "src/functions"))
      .map((file) => fs.readFileSync(path.join(root, "src/functions", file), "utf8"))
      .join("\n");
    const used = [
      ...new Set(
        [...functionsSource.matchAll(/CustomFunctions\.ErrorCode\.(\w+)/g)].map((m) => m[1])
      ),
    ];
    expect(used).toContain("invalidValue");
    const needed = used.map((member) => {
      const found = new RegExp(
        `\\[Api set: CustomFunctionsRuntime ([\\d.]+)\\]\\s*\\*/\\s*${member}\\s*=`
      ).exec(typings);
      expect(found).not.toBeNull();
      return Number(found?.[1]);
    });
    const declared = findAll(officeApp.Requirements, "Set").find(
      (set) => set["@_Name"] === "CustomFunctionsRuntime"
    );
    expect(Number(declared?.["@_MinVersion"])).toBeGreaterThanOrEqual(Math.max(...needed));
  });

  test("runs task pane and custom functions in one long-lived shared runtime", () => {
    const runtimes = findAll(officeApp.VersionOverrides, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0]!["@_lifetime"]).toBe("long");
    expect(urlOf(runtimes[0]!["@_resid"])).toBe(sharedPageUrl);
  });

  test("points Page, FunctionFile, the task pane and the default page at the shared page, Script at functions.js", () => {
    const customFunctions = findAll(officeApp.VersionOverrides, "ExtensionPoint").filter(
      (point) => point["@_xsi:type"] === "CustomFunctions"
    );
    expect(customFunctions).toHaveLength(1);
    const point = customFunctions[0]!;
    const sourceOf = (element: string): string => {
      const locations = findAll(point[element], "SourceLocation");
      expect(locations).toHaveLength(1);
      return urlOf(locations[0]!["@_resid"]);
    };
    expect(sourceOf("Script")).toBe("https://localhost:3000/functions.js");
    expect(sourceOf("Page")).toBe(sharedPageUrl);

    const functionFiles = findAll(officeApp.VersionOverrides, "FunctionFile");
    expect(functionFiles.map((file) => urlOf(file["@_resid"]))).toEqual([sharedPageUrl]);

    const actions = findAll(officeApp.VersionOverrides, "Action").filter(
      (action) => action["@_xsi:type"] === "ShowTaskpane"
    );
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) {
      expect(urlOf((action.SourceLocation as XmlNode)["@_resid"])).toBe(sharedPageUrl);
    }

    const defaultPage = ((officeApp.DefaultSettings as XmlNode).SourceLocation as XmlNode)[
      "@_DefaultValue"
    ];
    expect(defaultPage).toBe(sharedPageUrl);
    expect(fs.existsSync(path.join(root, "src/taskpane/taskpane.html"))).toBe(true);
  });

  test("takes the functions' metadata from functions.json under the namespace TOSP", () => {
    const point = findAll(officeApp.VersionOverrides, "ExtensionPoint").find(
      (candidate) => candidate["@_xsi:type"] === "CustomFunctions"
    )!;
    const metadata = findAll(point.Metadata, "SourceLocation")[0]!;
    expect(urlOf(metadata["@_resid"])).toBe(`${DEV_BASE_URL}functions.json`);
    expect(urlOf((point.Namespace as XmlNode)["@_resid"])).toBe("TOSP");
  });

  test("has a Home tab button that shows the task pane", () => {
    const tab = findAll(officeApp.VersionOverrides, "OfficeTab").find(
      (candidate) => candidate["@_id"] === "TabHome"
    );
    expect(tab).toBeDefined();
    const buttons = findAll(tab, "Control").filter((control) => control["@_xsi:type"] === "Button");
    expect(buttons.map((button) => urlOf((button.Label as XmlNode)["@_resid"]))).toEqual([
      "Scrutiny panel",
    ]);
  });

  test(`has every URL on ${DEV_BASE_URL}`, () => {
    const urls = allValues(officeApp).filter(
      ({ name, value }) => !name.startsWith("@_xmlns") && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)
    );
    expect(urls.length).toBeGreaterThan(5);
    const elsewhere = urls.filter(({ value }) => !value.startsWith(DEV_BASE_URL));
    expect(elsewhere).toEqual([]);
    // Nothing in text or comments outside the elements either (the production rewrite is textual).
    const addresses = manifestText.match(/https?:\/\/[^\s"'<>]+/g) ?? [];
    const outside = addresses.filter(
      (address) =>
        !address.startsWith(DEV_BASE_URL) &&
        !address.startsWith("http://schemas.microsoft.com/") &&
        address !== "http://www.w3.org/2001/XMLSchema-instance"
    );
    expect(outside).toEqual([]);
  });

  test("names icons that exist in assets/ as PNGs of the right size", () => {
    const icons: { url: string; size: number }[] = [
      { url: String((officeApp.IconUrl as XmlNode)["@_DefaultValue"]), size: 32 },
      { url: String((officeApp.HighResolutionIconUrl as XmlNode)["@_DefaultValue"]), size: 64 },
      ...findAll(resources["bt:Images"], "bt:Image").map((image) => ({
        url: String(image["@_DefaultValue"]),
        size: Number(/icon-(\d+)\.png$/.exec(String(image["@_DefaultValue"]))?.[1]),
      })),
    ];
    // Each size used on the ribbon must be the size of the picture it names.
    for (const image of findAll(officeApp.VersionOverrides, "bt:Image").filter(
      (image) => image["@_resid"]
    )) {
      expect(`${String(image["@_resid"])}: ${urlOf(image["@_resid"])}`).toMatch(
        new RegExp(`icon-${String(image["@_size"])}\\.png$`)
      );
    }
    expect(new Set(icons.map((icon) => icon.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of icons) {
      expect(url.startsWith(`${DEV_BASE_URL}assets/`)).toBe(true);
      const file = path.join(root, url.slice(DEV_BASE_URL.length));
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  test("defines every resid it uses, each at most 32 characters", () => {
    const used = allValues(officeApp)
      .filter(({ name }) => name === "@_resid")
      .map(({ value }) => value);
    expect(used.length).toBeGreaterThan(10);
    for (const resid of used) {
      expect(resourceValue.has(resid) ? resid : `${resid} (not defined)`).toBe(resid);
    }
    for (const id of [...resourceValue.keys(), ...used]) {
      expect(id.length).toBeLessThanOrEqual(32);
    }
  });

  test("keeps its strings within Office's limits (short 125, long 250 characters)", () => {
    for (const item of findAll(resources["bt:ShortStrings"], "bt:String")) {
      expect(String(item["@_DefaultValue"]).length).toBeLessThanOrEqual(125);
    }
    for (const item of findAll(resources["bt:LongStrings"], "bt:String")) {
      expect(String(item["@_DefaultValue"]).length).toBeLessThanOrEqual(250);
    }
    expect(String((officeApp.Description as XmlNode)["@_DefaultValue"]).length).toBeLessThanOrEqual(
      250
    );
  });
});

/**
 * Microsoft's XML schemas for add-in manifests, copied into schemas/office/ (its PROVENANCE.md), checked
 * with xmllint (Debian libxml2-utils). CI installs xmllint and sets CI, so there a missing xmllint fails
 * these tests; elsewhere they say so and check nothing.
 */
describe("manifest.xml against Microsoft's schemas", () => {
  const xmllint = findXmllint();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "tosp-manifest-"));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  /** Whether xmllint is there to run; in CI its absence fails the test with what to install. */
  function canValidate(): boolean {
    if (xmllint) return true;
    if (process.env.CI) throw new Error(MISSING_XMLLINT);
    console.warn(`${MISSING_XMLLINT}. The manifest was not checked against the schemas.`);
    return false;
  }

  function validated(text: string, name: string) {
    const file = path.join(folder, name);
    fs.writeFileSync(file, text);
    return validateManifest(file);
  }

  test("validates, as the source manifest", () => {
    if (!canValidate()) return;
    expect(validateManifest("manifest.xml")).toEqual({
      valid: true,
      output: expect.stringMatching(/manifest\.xml validates$/),
    });
  });

  test("validates as the production build writes it (dist/manifest.xml: production URLs, version)", () => {
    if (!canValidate()) return;
    const production = productionManifest(
      withVersion(manifestText, packageVersion),
      SAMPLE_BASE_URL
    );
    expect(production).toContain(SAMPLE_BASE_URL);
    expect(validated(production, "production.xml").valid).toBe(true);
  });

  test("is refused, with the line at fault, when it breaks the schemas", () => {
    if (!canValidate()) return;
    // Requirements must come before DefaultSettings; a Runtime needs its resid.
    const misordered = manifestText.replace(
      /(<Requirements>[\s\S]*<\/Requirements>)\s*(<DefaultSettings>[\s\S]*<\/DefaultSettings>)/,
      "$2\n  $1"
    );
    expect(misordered).not.toBe(manifestText);
    const result = validated(misordered, "misordered.xml");
    expect(result.valid).toBe(false);
    expect(result.output).toMatch(/misordered\.xml:\d+: element (Requirements|DefaultSettings)/);
    const noResid = manifestText.replace('<Runtime resid="Taskpane.Url"', "<Runtime");
    expect(validated(noResid, "noResid.xml")).toEqual({
      valid: false,
      output: expect.stringMatching(/Runtime.*resid.*required/),
    });
  });
});
