/** The emulators' certificates must parse under OpenSSL's strict DER rules, every time. */
import { X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { serialNumber, testCaPem } from '../../test-support/tls.js';

describe('test certificates', () => {
  it('draws serial numbers that are minimal positive DER integers (no padding OpenSSL would refuse)', () => {
    for (let i = 0; i < 5000; i++) {
      const serial = serialNumber();
      expect(serial).toMatch(/^(0[1-9a-f]|[1-7][0-9a-f])[0-9a-f]{30}$/);
    }
    // As node-forge writes it: the DER bytes are the hex as given.
    const bytes = forge.util.hexToBytes(serialNumber(9));
    expect(bytes.length).toBe(9);
    expect(bytes.charCodeAt(0)).toBeGreaterThanOrEqual(1);
    expect(bytes.charCodeAt(0)).toBeLessThan(0x80);
  });

  it('issues a CA certificate that node:crypto parses', () => {
    expect(new X509Certificate(testCaPem()).ca).toBe(true);
  });
});
