import { expect } from '@open-wc/testing';
import { formatTime, fromLocalInput, toLocalInput } from '../src/client/time.js';

describe('newsroom times', () => {
  it('are written in Vietnam time with the full year, whatever the computer’s zone', () => {
    // Midnight UTC is 07:00 in Hà Nội, on the same day.
    expect(formatTime('2026-12-05T00:00:00Z', 'vi')).to.match(/^07:00,? 05\/12\/2026$/);
    expect(formatTime('2026-12-05T00:00:00Z', 'en')).to.equal('05/12/2026, 07:00');
    // 20:30 UTC is already the next day there.
    expect(formatTime('2026-12-31T20:30:00Z', 'vi')).to.match(/^03:30,? 01\/01\/2027$/);
  });

  it('read a datetime-local value as Vietnam time and give it back', () => {
    expect(fromLocalInput('2026-12-05T07:00')).to.equal('2026-12-05T07:00:00+07:00');
    expect(toLocalInput('2026-12-05T00:00:00Z')).to.equal('2026-12-05T07:00');
    expect(fromLocalInput('')).to.equal(undefined);
    expect(fromLocalInput('2026-13-45T07:00')).to.equal(undefined);
  });
});
