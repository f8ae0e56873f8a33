// The agency's colours on the page: dark enough ones are used as written, light ones darkened until they read.
import { strict as assert } from 'assert';
import { channels, contrast, readableColor } from '../../src/core/render/contrast';

describe('contrast: brand colours that read (WCAG AA)', () => {
  it('computes WCAG contrast ratios: black on white is 21, a colour on itself 1', () => {
    assert.equal(Math.round(contrast([0, 0, 0], [255, 255, 255]) * 100) / 100, 21);
    assert.equal(contrast([29, 79, 145], [29, 79, 145]), 1);
  });

  it('keeps a dark colour as it is and darkens a light one, hue kept, until 4.5:1 on white and on the panels', () => {
    assert.equal(readableColor('#1d4f91'), '#1d4f91');
    for (const light of ['#ffff00', '#a16207', '#f59e0b', '#ffffff', '#86efac']) {
      const shown = readableColor(light);
      assert.notEqual(shown, light);
      for (const background of ['#ffffff', '#f4f4f4']) assert.ok(contrast(channels(shown), channels(background)) >= 4.5, `${light} → ${shown} on ${background}`);
      const [r, g, b] = channels(light);
      const [r2, g2, b2] = channels(shown);
      // Darkened by one factor for all three channels: the same hue, within rounding.
      if (r && g) assert.ok(Math.abs(r2 / g2 - r / g) < 0.1, `${light} → ${shown} keeps its hue`);
      assert.ok(r2 <= r && g2 <= g && b2 <= b);
    }
  });
});
