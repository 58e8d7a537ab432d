import { expect } from '@open-wc/testing';
import { define } from '../src/define-element.js';

let n = 0;
const uniqueTag = () => `ap-define-test-${++n}`;
const versioned = (version: string) =>
  class extends HTMLElement {
    static version = version;
  };

function captureWarnings() {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

describe('define', () => {
  it('registers a new tag', () => {
    const tag = uniqueTag();
    const Element = versioned('1.0.0');
    expect(define(tag, Element)).to.equal(Element);
    expect(customElements.get(tag)).to.equal(Element);
  });

  it('tolerates the same class registered twice, silently', () => {
    const tag = uniqueTag();
    const Element = versioned('1.0.0');
    const capture = captureWarnings();
    try {
      define(tag, Element);
      expect(() => define(tag, Element)).not.to.throw();
      expect(capture.warnings).to.deep.equal([]);
    } finally {
      capture.restore();
    }
  });

  it('keeps the first registration and warns when another version comes', () => {
    const tag = uniqueTag();
    const First = versioned('1.0.0');
    const capture = captureWarnings();
    try {
      define(tag, First);
      expect(define(tag, versioned('2.0.0'))).to.equal(First);
      expect(customElements.get(tag)).to.equal(First);
      expect(capture.warnings).to.have.length(1);
      expect(capture.warnings[0]).to.contain(`<${tag}> is already registered by version 1.0.0; version 2.0.0`);
    } finally {
      capture.restore();
    }
  });

  it('stays quiet for another copy of the same version (two bundles of one release)', () => {
    const tag = uniqueTag();
    const capture = captureWarnings();
    try {
      define(tag, versioned('1.0.0'));
      define(tag, versioned('1.0.0'));
      expect(capture.warnings).to.deep.equal([]);
    } finally {
      capture.restore();
    }
  });
});
