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
  const reader = new CtfReader(basename(path), true);
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      reader.parser.write(chunk);
      yield* reader.ready.splice(0);
    }
    reader.parser.close();
    yield* reader.ready.splice(0);
  } finally {
    stream.destroy();
  }
  reader.assertHeaderRead();
}

/**
 * Reads only `CTfile/Header` (the sending school and the date of the file): the stream stops as soon as the
 * header's end tag is read, and pupils are never collected, so this is cheap for any size of file and a
 * problem in a pupil further on does not stop it.
 */
export async function readCtfHeader(path: string): Promise<CtfHeader> {
  const reader = new CtfReader(basename(path), false);
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 14 });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      reader.parser.write(chunk);
      if (reader.header !== null) return reader.header;
    }
    reader.parser.close();
  } finally {
    stream.destroy();
  }
  return reader.assertHeaderRead();
}

/** The saxes handlers shared by both readers: the header, then (when wanted) each pupil as it ends. */
class CtfReader {
  readonly parser = new SaxesParser({ position: true });
  readonly ready: CtfPupil[] = [];
  header: CtfHeader | null = null;
  private readonly stack: string[] = [];
  private headerCollector: ElementCollector | null = null;
  private pupilCollector: ElementCollector | null = null;

  constructor(
    private readonly file: string,
    private readonly wantPupils: boolean,
  ) {
    const { parser } = this;
    parser.on('error', (error) => {
      // Once the header is read, a header-only reader has what it came for: what follows is not its concern.
      if (!this.wantPupils && this.header !== null) return;
      const reason = error.message.replace(/^(?:.*?:)?\d+:\d+: /, '');
      throw new FormatReadError('malformed-xml', this.here(), `XML is not well-formed: ${reason}`);
    });
    parser.on('opentag', (tag) => this.open(tag.name));
    parser.on('text', (text) => this.current()?.addText(text));
    parser.on('cdata', (text) => this.current()?.addText(text));
    parser.on('closetag', () => this.close());
  }

  assertHeaderRead(): CtfHeader {
    if (this.header === null) {
      throw new FormatReadError(
        'missing-element',
        { file: this.file, line: this.parser.line },
        'expected CTfile/Header',
      );
    }
    return this.header;
  }

  private here(): SourcePosition {
    return { file: this.file, line: this.parser.line, column: this.parser.column + 1 };
  }

  private current(): ElementCollector | null {
    return this.pupilCollector ?? this.headerCollector;
  }

  private open(name: string): void {
    this.stack.push(name);
    const path = this.stack.join('/');
    if (this.stack.length === 1 && name !== 'CTfile') {
      throw new FormatReadError(
        'missing-element',
        this.here(),
        'expected a CTF: the root element must be CTfile',
        name,
      );
    }
    if (path === HEADER_PATH) this.headerCollector = new ElementCollector(this.here(), new Set());
    else if (path === PUPIL_PATH) {
      if (this.header === null) {
        throw new FormatReadError(
          'missing-element',
          { ...this.here(), field: 'Header' },
          'expected CTfile/Header before the first Pupil',
        );
      }
      if (this.wantPupils) {
        this.pupilCollector = new ElementCollector({ ...this.here(), field: 'Pupil' }, PUPIL_GROUPS);
      }
    } else this.current()?.open(name, this.here());
  }

  private close(): void {
    const path = this.stack.join('/');
    this.stack.pop();
    if (path === HEADER_PATH && this.headerCollector !== null) {
      this.header = toCtfHeader(this.headerCollector);
      this.headerCollector = null;
      return;
    }
    if (path === PUPIL_PATH && this.pupilCollector !== null) {
      this.ready.push(toCtfPupil(this.pupilCollector, this.header as CtfHeader));
      this.pupilCollector = null;
    } else this.current()?.close();
  }
}
