import { describe, expect, it } from 'vitest';
import { describeReport, metaPolicy } from '../../tools/lib/policyReports.ts';

describe('metaPolicy', () => {
  it('reads the policy of the <meta> tag a built page carries, entities decoded', () => {
    const html =
      '<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; style-src &#39;self&#39; &#39;sha256-abc=&#39;"><title>x</title>';
    expect(metaPolicy(html)).toBe("default-src 'self'; style-src 'self' 'sha256-abc='");
  });

  it('is undefined for a page without one', () => {
    expect(metaPolicy('<head><title>x</title></head>')).toBeUndefined();
  });
});

describe('describeReport', () => {
  it('names the directive, what it blocked and the page', () => {
    const body = JSON.stringify({
      'csp-report': {
        'document-uri': 'http://127.0.0.1:1/ko/',
        'effective-directive': 'style-src-elem',
        'violated-directive': 'style-src',
        'blocked-uri': 'inline',
      },
    });
    expect(describeReport(body)).toBe('style-src-elem blocked inline on http://127.0.0.1:1/ko/');
  });

  it('falls back to the violated directive, and says so of a body it cannot read', () => {
    expect(describeReport(JSON.stringify({ 'csp-report': { 'violated-directive': 'script-src' } }))).toBe(
      'script-src blocked inline code on ',
    );
    expect(describeReport('not json')).toBe('an unreadable report: not json');
  });
});
