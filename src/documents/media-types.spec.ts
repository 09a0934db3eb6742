import { sanitizeFilename, sniffMediaType } from './media-types';

const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0]), Buffer.from('....[Content_Types].xml....')]);
const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

describe('upload media types', () => {
  it.each([
    [pdf, '调研报告.pdf', 'application/pdf'],
    [png, 'photo.PNG', 'image/png'],
    [jpeg, 'IMG_001.jpeg', 'image/jpeg'],
    [docx, '协议草案.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    [ole, '审签表.doc', 'application/msword'],
    [ole, '统计.xls', 'application/vnd.ms-excel'],
  ])('accepts %#: %s as %s', (buf, name, type) => {
    expect(sniffMediaType(buf, name)?.mediaType).toBe(type);
  });

  it.each([
    [Buffer.from('MZ\x90\x00 executable'), 'report.pdf'], // an .exe renamed
    [Buffer.from('<html><script>'), 'page.pdf'],
    [pdf, 'report.exe'], // right bytes, wrong extension
    [png, 'photo.pdf'],
    [Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'archive.docx'], // a plain zip, not an Office document
    [ole, 'macro.exe'],
    [Buffer.alloc(0), 'empty.pdf'],
    [Buffer.from('just text'), 'notes.txt'],
  ])('refuses %#: %s', (buf, name) => {
    expect(sniffMediaType(buf as Buffer, name)).toBeNull();
  });

  it('sanitises filenames: no paths, no control or reserved characters, at most 255 bytes', () => {
    expect(sanitizeFilename('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFilename('C:\\Users\\x\\合同审签表.pdf')).toBe('合同审签表.pdf');
    expect(sanitizeFilename('a<b>c:"d"|e?f*.pdf')).toBe('a_b_c__d__e_f_.pdf');
    expect(sanitizeFilename('bad\u0000name\n.pdf')).toBe('bad_name_.pdf');
    expect(sanitizeFilename('...hidden.pdf')).toBe('hidden.pdf');
    expect(sanitizeFilename('   ')).toBe('file');
    const long = sanitizeFilename('长'.repeat(200) + '.pdf');
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(255);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});
