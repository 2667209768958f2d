/* Builds the task pane and the custom functions for one shared runtime (Microsoft's add-in layout). */
/* eslint-env node */
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const MinimizerPlugin = require('minimizer-webpack-plugin');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const path = require('path');

const urlDev = 'https://localhost:3000/';
/**
 * The parts of Office.js an Excel add-in loads: the loader, Excel's host scripts for every platform,
 * the custom functions runtime, the telemetry script office.js asks for, and the strings of every
 * locale (office.js loads <locale>/office_strings.js for the user's Office language).
 */
const OFFICE_JS_FILES =
  /office-js\/dist\/(office\.js|excel[^/]*\.js|o15apptofilemappingtable\.js|es6-promise\.js|custom-functions-runtime\.js|telemetry\/oteljs_agave\.js|[a-z]{2,3}(-[a-z0-9]+)+\/office_strings\.js)$/;
const OFFICE_JS_VERSION = require('@microsoft/office-js/package.json').version;
/**
 * Office.js from Microsoft's CDN (`--office-js cdn`, for sites that reach it; Microsoft's supported
 * reference: https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn).
 */
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** A base URL with exactly one trailing slash (a missing slash used to make the rewrite miss silently). */
function baseUrl(url) {
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * Dev certificates from office-addin-dev-certs. Where they cannot be had (no trust store, no sudo),
 * the dev server falls back to plain http, which is enough for the pane in a browser, except when
 * `npm start` sideloads into Excel (ADDIN_REQUIRE_HTTPS=1): the manifest points Excel at https, so an
 * http server would only make Excel fail later, without saying why.
 */
async function httpsOptions() {
  if (process.env.ADDIN_HTTP === '1') return undefined;
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    if (process.env.ADDIN_REQUIRE_HTTPS === '1') {
      throw new Error(`无法获取开发证书（${error.message}）：Excel 只从 https 加载本加载项，开发服务器不改用 http。`);
    }
    console.warn(`无法获取开发证书（${error.message}），开发服务器改用 http。`);
    return undefined;
  }
}

/**
 * `--env release`: the build `npm run release` makes (scripts/release.mjs): content-hashed names for
 * everything but the pages and metadata the manifest names, Office.js in a folder named after its
 * version, no source maps, the manifest left to the release script. `--env officeJs=cdn` loads
 * Office.js from Microsoft's CDN instead of the copy served with the add-in.
 */
module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  const release = Boolean(env.release);
  const officeJsCdn = env.officeJs === 'cdn';
  const officeJsDir = `office-js/${OFFICE_JS_VERSION}`;
  const urlProd = baseUrl(process.env.ADDIN_PUBLIC_URL || urlDev);
  const serving = Boolean(env.WEBPACK_SERVE);
  const https = serving ? await httpsOptions() : undefined;
  const hashed = release ? '.[contenthash:8]' : '';
  return {
    devtool: release ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      functions: './src/functions/functions.ts',
    },
    output: {
      path: env.outputPath ? path.resolve(env.outputPath) : path.resolve(__dirname, 'dist'),
      filename: `[name]${hashed}.js`,
      chunkFilename: `[name]${hashed}.js`,
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane', 'functions'],
        officeJsSrc: officeJsCdn ? OFFICE_JS_CDN : `${officeJsDir}/office.js`,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: `assets/[name]${release ? '.[contenthash:8]' : ''}[ext]` },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          // Office.js served with the add-in (npm @microsoft/office-js): no request leaves the machine.
          ...(officeJsCdn ? [] : [{
            from: 'node_modules/@microsoft/office-js/dist',
            to: officeJsDir,
            toType: 'dir', // "1.1.110" would otherwise be taken for a file name
            globOptions: { ignore: ['**/*.debug.js', '**/*-vsdoc.js'] },
            filter: (file) => OFFICE_JS_FILES.test(file.replace(/\\/g, '/')),
            info: { minimized: true }, // already minified: copied as published
          }]),
          ...(release ? [] : [{
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform: (content) => (dev ? content : content.toString().replaceAll(urlDev, urlProd)),
          }]),
        ],
      }),
    ],
    // SWC minifies the bundles (MinimizerPlugin.swcMinify of webpack's own minimizer plugin; licences
    // still extracted to *.LICENSE.txt): measured here, the production build took 16 s instead of
    // Terser's 56 s, taskpane.js 1,203,493 bytes (354,170 gzip) against Terser's 1,215,836 (353,628).
    // esbuild was as fast but 19 % larger gzip (it keeps licence comments inline and compresses less).
    optimization: {
      // The HTML and CSS minifiers are webpack's own, as in its default minimizer.
      minimizer: [
        new MinimizerPlugin({
          test: /\.(?:[cm]?js|css|html)(\?.*)?$/i,
          minify: [{ implementation: MinimizerPlugin.swcMinify }, { implementation: webpack.css.cssMinify }, { implementation: webpack.html.htmlMinify }],
        }),
      ],
    },
    performance: { hints: false },
    devServer: {
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : { type: 'http' },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      // Only this machine: the pane is for the user in front of it, not for the office network.
      host: 'localhost',
      static: { directory: path.resolve(__dirname, 'dist') },
      client: { overlay: false },
    },
  };
};
