import { expect } from '@open-wc/testing';
import '../src/define.js';

declare global {
  interface Window {
    /** Set by web-test-runner.config.mjs: the lit-html version these tests run on (the lowest supported with AP_LIT=lowest). */
    expectedLitHtmlVersion: string;
    /** Every lit-html copy on a page adds its version here. */
    litHtmlVersions?: string[];
  }
}

describe('Lit', () => {
  it('is loaded once, at the version the test run asks for', () => {
    expect(window.litHtmlVersions).to.deep.equal([window.expectedLitHtmlVersion]);
  });
});
