import { expect } from '@open-wc/testing';
import { VERSION } from '../src/version.js';
import pkg from '../package.json';

describe('VERSION', () => {
  it('matches package.json', () => {
    expect(VERSION).to.equal(pkg.version);
  });
});
