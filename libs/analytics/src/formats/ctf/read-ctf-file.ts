import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { SaxesParser } from 'saxes';
import { FormatReadError } from '../shared/format-read-error.js';
import type { SourcePosition } from '../shared/source-position.js';
import { ElementCollector } from './ctf-element-collector.js';
import { toCtfHeader } from './ctf-header-mapping.js';
import { toCtfPupil } from './ctf-pupil-mapping.js';
import type { CtfHeader, CtfPupil } from './ctf.types.js';

const HEADER_PATH = 'CTfile/Header';
const PUPIL_PATH = 'CTfile/CTFpupilData/Pupil';

/** Containers that repeat inside a Pupil; each occurrence is collected separately. */
const PUPIL_GROUPS = new Set([
  'SENhistory/SEN',
  'FSMhistory/FSMinstance',
  'BasicDetails/Languages/Type',
  'Languages/Type',
  'SchoolHistory/School',
  'Attendance/YearData',
]);

/**
 * Streams a DfE Common Transfer File: chunks from `fs.createReadStream` are fed to `saxes`, and each
 * `Pupil` is yielded as soon as its end tag is read, so memory holds one chunk and one pupil. Throws
 * `FormatReadError` for XML that is not well-formed (with its line and column), a file that is not a CTF,
 * a missing required element or a bad value.
 */
export async function* readCtfFile(path: string): AsyncGenerator<CtfPupil> {
  const file = basename(path);
  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  const ready: CtfPupil[] = [];
  let header: CtfHeader | null = null;
  let headerCollector: ElementCollector | null = null;
  let pupilCollector: ElementCollector | null = null;
  const here = (): SourcePosition => ({ file, line: parser.line, column: parser.column + 1 });
  const current = (): ElementCollector | null => pupilCollector ?? headerCollector;

  parser.on('error', (error) => {
    const reason = error.message.replace(/^(?:.*?:)?\d+:\d+: /, '');
    throw new FormatReadError('malformed-xml', here(), `XML is not well-formed: ${reason}`);
  });
  parser.on('opentag', (tag) => {
    stack.push(tag.name);
    const path = stack.join('/');
    if (stack.length === 1 && tag.name !== 'CTfile') {
      throw new FormatReadError(
        'missing-element',
        here(),
        'expected a CTF: the root element must be CTfile',
        tag.name,
      );
    }
    if (path === HEADER_PATH) headerCollector = new ElementCollector(here(), new Set());
    else if (path === PUPIL_PATH) {
      if (header === null) {
        throw new FormatReadError(
          'missing-element',
          { ...here(), field: 'Header' },
          'expected CTfile/Header before the first Pupil',
        );
      }
      pupilCollector = new ElementCollector({ ...here(), field: 'Pupil' }, PUPIL_GROUPS);
    } else current()?.open(tag.name, here());
  });
  parser.on('text', (text) => current()?.addText(text));
  parser.on('cdata', (text) => current()?.addText(text));
  parser.on('closetag', () => {
    const path = stack.join('/');
    stack.pop();
    if (path === HEADER_PATH && headerCollector !== null) {
      header = toCtfHeader(headerCollector);
      headerCollector = null;
      return;
    }
    if (path === PUPIL_PATH && pupilCollector !== null) {
      ready.push(toCtfPupil(pupilCollector, header as CtfHeader));
      pupilCollector = null;
    } else current()?.close();
  });

  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      parser.write(chunk);
      yield* ready.splice(0);
    }
    parser.close();
    yield* ready.splice(0);
  } finally {
    stream.destroy();
  }
  if (header === null) {
    throw new FormatReadError('missing-element', { file, line: parser.line }, 'expected CTfile/Header');
  }
}
