/**
 * Test support: a .docx converted to PDF by LibreOffice Writer (headless, its own throw-away user
 * profile, as tests/support/libreoffice.ts runs Calc), then read with poppler's pdfinfo, pdftotext and
 * pdffonts (poppler-utils; scripts/ensure-system-deps.sh installs both).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PdfReport {
  pages: number;
  text: string;
  /** pdffonts' table: one line per font. */
  fonts: string[];
}

function convert(input: string, outDir: string, profile: string, timeoutMs: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const args = ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', 'pdf', '--outdir', outDir, input];
    // detached: soffice's wrapper starts soffice.bin; on a timeout its whole process group is killed by id.
    const child = spawn(process.env.SOFFICE ?? 'soffice', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

export async function docxToPdf(bytes: Uint8Array, timeoutMs = 120_000): Promise<PdfReport> {
  const dir = mkdtempSync(join(tmpdir(), 'lo-docx-'));
  try {
    const input = join(dir, 'notice.docx');
    const outDir = join(dir, 'out');
    mkdirSync(join(dir, 'profile'), { recursive: true });
    writeFileSync(input, bytes);
    const run = await convert(input, outDir, join(dir, 'profile'), timeoutMs);
    const pdf = join(outDir, 'notice.pdf');
    if (run.code !== 0 || !existsSync(pdf)) throw new Error(`LibreOffice could not convert the document (exit ${run.code}): ${run.stderr}`);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    return { pages, text, fonts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
