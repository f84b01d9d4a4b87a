// SPDX-License-Identifier: AGPL-3.0-or-later
// PVE login tickets as pve-common's Ticket.pm makes them (research/pve-integration.md §3.1):
// "PVE:<userid>:<8 hex digits of unix time>::<base64 RSA signature>", PKCS#1 v1.5 over SHA-1
// of the plain part, valid from -300 s to +7200 s around its timestamp.
import { createSign, createVerify, generateKeyPairSync, type KeyObject } from 'node:crypto';

export class TicketAuthority {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;

  constructor() {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
  }

  /** A ticket for userid signed at atSeconds (default now). */
  issue(userid: string, atSeconds = Math.floor(Date.now() / 1000)): string {
    const plain = `PVE:${userid.replace(/:/g, '%3A')}:${atSeconds.toString(16).toUpperCase().padStart(8, '0')}`;
    const sig = createSign('sha1').update(plain).sign(this.privateKey).toString('base64');
    return `${plain}::${sig}`;
  }

  /** The userid when the ticket is genuine and current, else the reason it is not. */
  verify(ticket: string, nowS = Date.now() / 1000): { userid: string } | { error: string } {
    const m = /^(PVE:(?:(\S+):)?([0-9A-F]{8}))::([^:\s]+)$/.exec(ticket);
    if (!m) return { error: 'invalid PVE ticket' };
    const ok = createVerify('sha1').update(m[1]).verify(this.publicKey, Buffer.from(m[4], 'base64'));
    if (!ok) return { error: 'invalid PVE ticket' };
    const age = nowS - Number.parseInt(m[3], 16);
    if (age < -300 || age > 7200) return { error: 'invalid PVE ticket' };
    const userid = decodeURIComponent(m[2] ?? '');
    if (userid.includes('!')) return { error: 'invalid PVE ticket' };
    return { userid };
  }
}
