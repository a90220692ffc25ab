// The message catalogues. `en.json` and `ko.json` hold the site's texts; each file under `areas/`
// adds top-level namespaces of its own (a new part of the site), so that parts built side by side
// never edit the same file. Namespaces never overlap: `tests/unit/messages.test.ts` checks it.
import en from './en.json';
import ko from './ko.json';
import basisEn from './areas/basis.en.json';
import basisKo from './areas/basis.ko.json';
import workbenchEn from './areas/workbench.en.json';
import workbenchKo from './areas/workbench.ko.json';
import trackerReleasesEn from './areas/tracker-releases.en.json';
import trackerReleasesKo from './areas/tracker-releases.ko.json';
import searchBenchEn from './areas/search-bench.en.json';
import searchBenchKo from './areas/search-bench.ko.json';
import chartsEn from './areas/charts.en.json';
import chartsKo from './areas/charts.ko.json';
import findingsEn from './areas/findings.en.json';
import findingsKo from './areas/findings.ko.json';
import methodologyEn from './areas/methodology.en.json';
import methodologyKo from './areas/methodology.ko.json';
import releasesEn from './areas/releases.en.json';
import releasesKo from './areas/releases.ko.json';
import registerPastEn from './areas/register-past.en.json';
import registerPastKo from './areas/register-past.ko.json';

type Catalogue = typeof en & typeof basisEn & typeof workbenchEn & typeof trackerReleasesEn & typeof searchBenchEn &
  typeof chartsEn & typeof findingsEn & typeof methodologyEn & typeof releasesEn & typeof registerPastEn;

/** Each catalogue as its files: the main one first, then the areas. */
export const catalogueParts = {
  en: [en, basisEn, workbenchEn, trackerReleasesEn, searchBenchEn, chartsEn, findingsEn, methodologyEn, releasesEn, registerPastEn],
  ko: [ko, basisKo, workbenchKo, trackerReleasesKo, searchBenchKo, chartsKo, findingsKo, methodologyKo, releasesKo, registerPastKo],
} as const;

const merged = (parts: readonly object[]) => Object.assign({}, ...parts) as Catalogue;

export const catalogues = { en: merged(catalogueParts.en), ko: merged(catalogueParts.ko) };
