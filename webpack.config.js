/**
 * Builds the add-in into dist/: one shared-runtime page (taskpane.html) that loads both the task pane and
 * the custom functions, functions.json generated from the JSDoc in src/functions/functions.ts, the icons,
 * and manifest.xml (with every dev URL rewritten to the production host in a production build).
 *
 *   npm run build       production build; base URL from ADDIN_BASE_URL (see scripts/manifestUrls.js)
 *   npm run build:dev   development build, manifest left pointing at https://localhost:3000/
 *   npm run dev-server  serves the development build on https://localhost:3000
 */

const fs = require("fs");
const os = require("os");
const path = require("path");
const devCerts = require("office-addin-dev-certs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const { productionBaseUrl, productionManifest, withVersion } = require("./scripts/manifestUrls");
const { version } = require("./package.json");

/** date-holidays' data with Great Britain's rules only (see scripts/englandHolidayData.js). */
function greatBritainHolidayData() {
  const { data } = require("date-holidays/data");
  return { ...data, holidays: { GB: data.holidays.GB } };
}

const devServerPort = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Where office-addin-dev-certs keeps its files (its defaults module is not exported). */
const certificateDirectory = path.join(os.homedir(), ".office-addin-dev-certs");

function readCertificates() {
  return {
    ca: fs.readFileSync(path.join(certificateDirectory, "ca.crt")),
    cert: fs.readFileSync(path.join(certificateDirectory, "localhost.crt")),
    key: fs.readFileSync(path.join(certificateDirectory, "localhost.key")),
  };
}

/**
 * https options for the dev server. getHttpsServerOptions() generates the certificates and installs the
 * CA in the system's trust store; where that install cannot happen (no sudo, CI, containers) it throws,
 * although the certificates are there. Then read them directly, generating them first if missing, and
 * say that the browser will not trust them until the CA is installed.
 */
async function devServerHttpsOptions() {
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, cert: options.cert, key: options.key };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.warn(`office-addin-dev-certs could not install its CA (${reason}).`);
    try {
      return readCertificates();
    } catch {
      await devCerts.generateCertificates();
      return readCertificates();
    } finally {
      console.warn(
        `Serving https with the certificates in ${certificateDirectory}; until ca.crt is trusted, ` +
          "browsers and Office will warn about them (run `npx office-addin-dev-certs install` where you can)."
      );
    }
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // Read once, so a bad ADDIN_BASE_URL stops a production build before anything is compiled.
  const baseUrl = dev ? undefined : productionBaseUrl();

  const config = {
    // Not an eval-based devtool: taskpane.html's Content-Security-Policy forbids eval.
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      // The task pane shares the page with the functions (shared runtime), so whatever functions.js holds
      // (the rules, bank holidays, dates) is not bundled twice: taskpane.js uses functions.js's modules.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Every file sits beside taskpane.html, so the lazily loaded sample (demo.js) is fetched relative to
      // the page. ("auto" would look for document.currentScript, which the functions' runtime may lack.)
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // No time zones (and so no moment): bank holidays are calendar dates (scripts/noTimeZones.js).
      alias: { "moment-timezone$": path.resolve(__dirname, "scripts/noTimeZones.js") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type errors of the bundled files still fail the build; `npm run typecheck` covers the rest.
            options: { onlyCompileBundledFiles: true },
          },
        },
      ],
    },
    plugins: [
      // functions.json comes from the JSDoc tags; the plugin also adds the CustomFunctions.associate calls.
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      // date-holidays' data for every country is 400 KB; the rules need Great Britain's only
      // (scripts/englandHolidayData.js). Same package, same version: the data is taken from it at build.
      new webpack.NormalModuleReplacementPlugin(
        /date-holidays[\\/]src[\\/]data\.js$/,
        path.resolve(__dirname, "scripts/englandHolidayData.js")
      ),
      // …and of its calendars only the Gregorian one with Easter (scripts/calendarNotInThisBuild.js).
      new webpack.NormalModuleReplacementPlugin(
        /date-holidays-parser[\\/]src[\\/](Julian|Hebrew|Hijri|Jalaali|Equinox|Chinese|BengaliRevised)\.js$/,
        path.resolve(__dirname, "scripts/calendarNotInThisBuild.js")
      ),
      new webpack.DefinePlugin({
        __ENGLAND_AND_WALES_HOLIDAY_DATA__: JSON.stringify(greatBritainHolidayData()),
      }),
      // The one page of the shared runtime: task pane and custom functions run in it together.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Functions first, so their CustomFunctions.associate calls run before the task pane renders.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      // The manifest's SupportUrl: a plain page, no scripts.
      new HtmlWebpackPlugin({
        filename: "support.html",
        template: "./src/taskpane/support.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              const manifest = withVersion(content.toString(), version);
              return dev ? manifest : productionManifest(manifest, baseUrl);
            },
          },
        ],
      }),
    ],
    performance: {
      // Budgets above webpack's web-page default (244 KiB): the page loads once per workbook, from the cache
      // after that. functions.js is about 140 KiB (the rules, date-holidays with Great Britain's data and the
      // Gregorian calendar only), taskpane.js (React, Fluent UI, the engine) about 560 KiB.
      hints: dev ? false : "warning",
      maxEntrypointSize: 768 * 1024,
      maxAssetSize: 640 * 1024,
    },
    devServer: {
      // Only this machine: Excel (desktop, or on the web in this machine's browser) loads from localhost.
      host: "localhost",
      port: devServerPort,
      headers: {
        // Office loads the pages, the functions metadata and the icons from other origins.
        "Access-Control-Allow-Origin": "*",
      },
      static: false,
      server: env.WEBPACK_SERVE
        ? { type: "https", options: await devServerHttpsOptions() }
        : "https",
    },
  };

  return config;
};
