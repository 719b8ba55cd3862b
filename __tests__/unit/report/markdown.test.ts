/** Text from a pull request stays text: in table cells, in code spans, in the log (issue 11, item 3). */
import {
  markdownCell,
  markdownCode,
  markdownCodeBlock,
  stripControlCharacters
} from '../../../src/report/markdown.js';
import { renderSummaryMarkdown } from '../../../src/report/summary.js';
import { newReport } from '../../../src/report/run-report.js';

describe('markdownCell', () => {
  it('keeps our code spans as written and escapes HTML, links and pipes outside them', () => {
    expect(markdownCell('Use `https://<domain>/` not <b>[x](y)</b> | z')).toBe(
      'Use `https://<domain>/` not &lt;b&gt;&#91;x&#93;(y)&lt;/b&gt; \\| z'
    );
  });

  it('pairs backtick runs as GitHub does, and escapes a backtick without a partner', () => {
    expect(markdownCell('a ``x`<i>`` `b` <c> ` <d>')).toBe('a ``x`<i>`` `b` &lt;c&gt; &#96; &lt;d&gt;');
  });

  it('leaves no emphasis, autolink, mention or issue reference to GitHub, even after a code span breakout', () => {
    // A key that closes the rule's code span early: the rest is text, and stays text.
    const key =
      'a` https://evil.example/phish?x=1 www.evil.example #1 @octocat me@evil.example _it_ **b** ~~s~~ `b';
    const out = markdownCell(`Unknown key \`${key}\` in workflowConfig.`);
    const text = out.replace(/`[^`]*`/g, '').replace(/&#\d+;/g, '');
    expect(text).not.toMatch(/https?:\/\/|www\.|@[a-z]|#\d|[*_~]/i);
    // Still reads the same: the joiners are invisible, the entities show as the characters.
    expect(out).toContain(
      'https:\u2060//evil.example/phish?x=1 www\u2060.evil.example #\u20601 @\u2060octocat'
    );
    expect(out).toContain('&#95;it&#95; &#42;&#42;b&#42;&#42; &#126;&#126;s&#126;&#126;');
    // Our own character references are not broken by the joiners; an underscore inside a word stays.
    expect(markdownCell('a [b]')).toBe('a &#91;b&#93;');
    expect(markdownCell('AUTHENTICATION_PROVIDER=auth0 _x_ a_ _b')).toBe(
      'AUTHENTICATION_PROVIDER=auth0 &#95;x&#95; a&#95; &#95;b'
    );
  });

  it('turns newlines into <br>, keeps pipes inside code spans escaped and drops control characters', () => {
    expect(markdownCell('a\nb `c|d`\u001b[31m!')).toBe('a<br>b `c\\|d`!');
  });
});

describe('markdownCode', () => {
  it('fences with more backticks than the value holds, pads a leading backtick, one line', () => {
    expect(markdownCode('x|`<img>`\ny')).toBe('``x\\|`<img>`\uFFFDy``');
    expect(markdownCode('`a')).toBe('`` `a ``');
    expect(markdownCode('plain')).toBe('`plain`');
  });
});

describe('markdownCodeBlock', () => {
  it('cannot be closed by the text: a template with a fence and HTML stays inside the block', () => {
    const template = 'a: 1\n```\n<img src=x onerror=alert(1)>\n````\nb: 2\n';
    const block = markdownCodeBlock('yaml', template);
    const lines = block.split('\n');
    expect(lines[0]).toBe('`````yaml');
    expect(lines[lines.length - 1]).toBe('`````');
    // No line in between is a fence as long as the opening one.
    expect(lines.slice(1, -1).some(l => /^`{5,}\s*$/.test(l))).toBe(false);
    expect(markdownCodeBlock('sh', 'X=1')).toBe('```sh\nX=1\n```');
  });

  it('is how the summary shows the rendered files', () => {
    const report = newReport('provision');
    report.renderedYamlForDisplay = 'x: 1\n```\n<b>live</b>\n';
    report.serverConfig = {
      path: '/p',
      deployment: 'docker',
      textForDisplay: 'A=1\n```\n# <i>x</i>',
      envVars: []
    };
    const md = renderSummaryMarkdown(report);
    expect(md).toContain('````yaml\nx: 1\n```\n<b>live</b>\n````');
    expect(md).toContain('````sh\nA=1\n```\n# <i>x</i>\n````');
  });
});

describe('stripControlCharacters', () => {
  it('removes ANSI CSI and OSC sequences and other control characters, keeps tab and newline', () => {
    expect(stripControlCharacters('\u001b[1;31mred\u001b[0m\u001b]8;;http://e\u0007link\u0000\t\n')).toBe(
      'redlink\t\n'
    );
  });
});

describe('renderSummaryMarkdown size', () => {
  it('stays under the byte budget with many diagnostics, errors first, and says how many were left out', () => {
    const report = newReport('validate');
    const diagnostic = (severity: 'error' | 'warning', i: number) => ({
      ruleId: 'unknown-key',
      severity,
      message: `Unknown key \`k${i}\` ${'x'.repeat(200)}`,
      line: i,
      column: 1,
      endLine: i,
      endColumn: 2
    });
    report.files = Array.from({ length: 50 }, (_, f) => ({
      file: `f${f}.yaml`,
      kind: 'ingestion' as const,
      diagnostics: Array.from({ length: 100 }, (_, i) => diagnostic(i % 2 ? 'error' : 'warning', i))
    }));
    const markdown = renderSummaryMarkdown(report, 100_000);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(100_000);
    const shown = markdown.split('\n').filter(l => l.includes('`unknown-key`'));
    expect(shown.length).toBeGreaterThan(100);
    expect(shown.every(l => l.includes('| error |'))).toBe(true);
    expect(markdown).toContain(`${5000 - shown.length} of 5000 diagnostics not shown`);
    expect(markdown).toContain('| `f49.yaml` | ❌ fail | 50 | 50 |');
  });

  it('lists files with errors first when not every file fits, and counts the rest right', () => {
    const report = newReport('validate');
    const error = {
      ruleId: 'r',
      severity: 'error' as const,
      message: 'm',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1
    };
    report.files = Array.from({ length: 400 }, (_, f) => ({
      file: `f${String(f).padStart(3, '0')}.yaml`,
      kind: 'ingestion' as const,
      diagnostics: f >= 395 ? [error] : []
    }));
    const markdown = renderSummaryMarkdown(report, 8_000);
    const rows = markdown.split('\n').filter(l => /^\| `f\d+\.yaml` \|/.test(l));
    expect(rows.slice(0, 5).every(l => l.includes('❌ fail'))).toBe(true);
    expect(markdown).toContain(`_${400 - rows.length} more files not listed`);
    // Budgets down to smaller than the table's header: never more files counted than there are.
    for (let bytes = 200; bytes <= 2_000; bytes += 10) {
      const counted = /_(\d+) more files not listed/.exec(renderSummaryMarkdown(report, bytes));
      if (counted) expect(Number(counted[1])).toBeLessThanOrEqual(400);
    }
  });

  it('cuts at a line end, and says so, when the rest alone is over the budget', () => {
    const report = newReport('validate');
    report.notes.push(...Array.from({ length: 100 }, () => 'n'.repeat(1000)));
    const markdown = renderSummaryMarkdown(report, 10_000);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(10_000);
    expect(markdown).toMatch(/_The summary was cut at 10000 bytes/);
  });
});
