// The wait after a keystroke follows what the check costs (src/core/latency.ts).
import { strict as assert } from 'assert';
import { MIN_WAIT_MS, typicalCost, waitAfterKeystroke, WAIT_PER_CHECK } from '../../src/core/latency';

describe('the wait after a keystroke', () => {
  it('is a few times the check: 4 ms of checking waits 16 ms, not 250', () => {
    assert.equal(waitAfterKeystroke(4, 250), 4 * WAIT_PER_CHECK);
    assert.equal(waitAfterKeystroke(5.8, 250), 24);
  });

  it('never drops below the floor, so a burst of keys is still one check', () => {
    assert.equal(waitAfterKeystroke(0.3, 250), MIN_WAIT_MS);
    assert.equal(waitAfterKeystroke(0, 250), MIN_WAIT_MS);
  });

  it('never exceeds the user\'s setting: a slow 1 MB document waits the setting, and 0 means at once', () => {
    assert.equal(waitAfterKeystroke(120, 250), 250);
    assert.equal(waitAfterKeystroke(4, 0), 0);
    assert.equal(waitAfterKeystroke(4, 10), 10);
  });

  it('waits the setting before the document was ever checked, or when a cost or setting is not a number', () => {
    assert.equal(waitAfterKeystroke(undefined, 250), 250);
    assert.equal(waitAfterKeystroke(Number.NaN, 300), 300);
    assert.equal(waitAfterKeystroke(-1, 300), 300);
    assert.equal(waitAfterKeystroke(4, Number.NaN), 16);
  });

  it('follows the typical cost, not one slow check', () => {
    let cost = typicalCost(undefined, 4);
    assert.equal(cost, 4);
    cost = typicalCost(cost, 200); // a garbage-collection pause
    assert.ok(cost < 70, String(cost));
    for (let i = 0; i < 20; i++) cost = typicalCost(cost, 4);
    assert.ok(Math.abs(cost - 4) < 0.1, String(cost));
  });
});
