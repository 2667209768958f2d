/* Builds the task pane and the custom functions for one shared runtime (Microsoft's add-in layout). */
/* eslint-env node */
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const path = require('path');

const urlDev = 'https://localhost:3000/';
/** The parts of Office.js an Excel add-in loads: the loader, Excel's host scripts, zh-CN and en-US strings. */
const OFFICE_JS_FILES = /office-js\/dist\/(office\.js|excel[^/]*\.js|o15apptofilemappingtable\.js|es6-promise\.js|custom-functions-runtime\.js|(zh-cn|en-us)\/office_strings\.js)$/;
const urlProd = process.env.ADDIN_PUBLIC_URL || urlDev;

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

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const https = serving ? await httpsOptions() : undefined;
  return {
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      functions: './src/functions/functions.ts',
    },
    output: { path: path.resolve(__dirname, 'dist'), clean: true },
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
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext][query]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          // Office.js served with the add-in (npm @microsoft/office-js): no request leaves the machine.
          {
            from: 'node_modules/@microsoft/office-js/dist',
            to: 'office-js',
            globOptions: { ignore: ['**/*.debug.js', '**/*-vsdoc.js'] },
            filter: (file) => OFFICE_JS_FILES.test(file.replace(/\\/g, '/')),
            info: { minimized: true }, // already minified: copied as published
          },
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform: (content) => (dev ? content : content.toString().replaceAll(urlDev, urlProd)),
          },
        ],
      }),
    ],
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
