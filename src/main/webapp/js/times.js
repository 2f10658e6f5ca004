/*
 * System Test Runner: shows the times of a build's system test pages as Jenkins does, in the reader's time zone and
 * language, with how long ago they were ("Dec 3, 2026, 8:12:57 AM, 12 min ago"). The page itself carries each time
 * as <time class="st-time" datetime="2026-12-03T08:12:57Z">2026-12-03 08:12:57 UTC</time>, readable without this file;
 * the UTC time stays in the tooltip.
 */
(function () {
  'use strict';

  const UNITS = [['day', 86400000], ['hr', 3600000], ['min', 60000], ['sec', 1000]];

  /** "3 hr 12 min" for a positive span of milliseconds: the two largest units, as Jenkins writes them. */
  const span = (ms) => {
    const parts = [];
    let rest = ms;
    for (const [name, size] of UNITS) {
      const n = Math.floor(rest / size);
      if (n > 0) {
        parts.push(`${n} ${name === 'day' && n > 1 ? 'days' : name}`);
        rest -= n * size;
      } else if (parts.length > 0) {
        break;
      }
      if (parts.length === 2) break;
    }
    return parts.length > 0 ? parts.join(' ') : '0 sec';
  };

  const localize = (node, now) => {
    const iso = node.getAttribute('datetime');
    const date = new Date(iso);
    if (!iso || Number.isNaN(date.getTime())) return;
    const diff = now - date.getTime();
    const when = date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
    node.textContent = diff >= 1000 ? `${when}, ${span(diff)} ago` : when;
    node.title = node.title || iso.replace('T', ' ').replace('Z', ' UTC');
  };

  const run = () => {
    const now = Date.now();
    document.querySelectorAll('time.st-time[datetime]').forEach((node) => localize(node, now));
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', run);
  } else {
    run();
  }
}());
