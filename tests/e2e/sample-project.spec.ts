import sample from '../../resources/sample/sample-project.json' with { type: 'json' };
import { expect, test } from './fixtures';
import { createSampleProject } from './project-files';

test('the sample opens with the Arabic source right-to-left beside the English translation', async ({ openApp, workDir }) => {
  const app = await openApp({ projectPath: createSampleProject(workDir) });
  const { page } = app;
  await expect(page.locator('.project-title')).toHaveText(sample.title);
  const firstRow = page.locator('.segment-row').first();
  const arabic = firstRow.locator('.source-text');
  await expect(arabic).toHaveText(sample.segments[0]!.source);
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic).toHaveAttribute('lang', 'ar');
  expect(await arabic.evaluate((el) => getComputedStyle(el).textAlign)).toBe('right');
  await expect(firstRow.locator('.target-text')).toHaveText(sample.segments[0]!.target);
  await expect(firstRow.locator('.status-badge')).toHaveText('Approved');
  // The bundled Naskh face is the one in use, not a system fallback.
  const fontLoaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check('19px "Noto Naskh Arabic"', 'ميزان');
  });
  expect(fontLoaded).toBe(true);
  // The English column is left of the Arabic column.
  const targetBox = await firstRow.locator('.col-target').boundingBox();
  const sourceBox = await arabic.boundingBox();
  expect(targetBox!.x).toBeLessThan(sourceBox!.x);
});
