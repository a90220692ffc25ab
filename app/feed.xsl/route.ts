// The stylesheet that shows the English feeds as a page in a browser (see lib/feeds/stylesheet.ts).
import { stylesheetResponse } from '@/lib/feeds/stylesheet';

export function GET() {
  return stylesheetResponse('en');
}
