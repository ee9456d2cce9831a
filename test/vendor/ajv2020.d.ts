// Types of the generated test/vendor/ajv2020.js (ajv's 2020-12 build bundled as an ES module).
export { default } from 'ajv/dist/2020.js';
