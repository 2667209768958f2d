import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const hostModules = ['react', 'react-dom', 'exceljs', 'office-addin-mock', '@fluentui/*', 'node:*', 'fs', 'path', 'os', 'child_process'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-output/**', 'build/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['scripts/**/*.mjs', '*.js', '*.mjs'], languageOptions: { globals: globals.node } },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // src/core is the host-independent layer: no Office.js, React, ExcelJS or Node APIs.
      'no-restricted-imports': ['error', { patterns: hostModules.map((group) => ({ group: [group], message: 'src/core 不得依赖宿主（Office、React、ExcelJS、Node）。' })) }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'CustomFunctions', 'OfficeRuntime', 'window', 'document', 'process', 'require'],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    rules: {
      // The pane receives workbook operations; only src/excel talks to Excel.
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='Excel'][property.name='run']", message: '任务窗格不直接调用 Excel.run，请通过 src/excel 的操作。' }],
    },
  },
  {
    files: ['src/xlsx/**/*.ts'],
    rules: {
      // src/xlsx writes plans with ExcelJS; it runs in Node (CLI) and in the browser (pane), so no host APIs.
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@fluentui/*', 'node:*', 'fs', 'path'].map((group) => ({ group: [group], message: 'src/xlsx 只依赖 core 与 ExcelJS。' })) }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'window', 'document'],
    },
  },
  {
    files: ['src/wps/**/*.ts'],
    rules: {
      // src/wps reaches WPS only through the `wps` object it is given (testable on the fake ET host): no globals, no UI.
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@fluentui/*', 'exceljs', 'node:*', 'fs', 'path', '**/excel/*', '**/xlsx/*', '**/taskpane/*'].map((group) => ({ group: [group], message: 'src/wps 只依赖 core（宿主无关的写入工具在 src/core/workbook-writing）。' })) }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'CustomFunctions', 'window', 'document', 'wps'],
    },
  },
  {
    files: ['src/docx/**/*.ts', 'src/charts/chart-options.ts', 'src/charts/chart-svg.ts'],
    rules: {
      // The notice's writer and chart options run in Node (CLI) and in the browser (pane): core, docx and
      // ECharts only. (src/charts/chart-png.ts is the Node-only PNG step, loaded by the CLI alone.)
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@fluentui/*', 'exceljs', 'node:*', 'fs', 'path', '@resvg/*'].map((group) => ({ group: [group], message: '通报的文档与图表只依赖 core、docx 与 ECharts。' })) }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'window', 'document', 'process'],
    },
  },
);
