import type { ElementCollector } from './ctf-element-collector.js';
import { optionalText, requiredLeaf } from './ctf-field-values.js';
import type { CtfHeader, CtfSchool } from './ctf.types.js';

/** `Header/SourceSchool` is required (its LEA and Estab name the school the marks belong to). */
export function toCtfHeader(header: ElementCollector): CtfHeader {
  const owner = { ...header.source, field: 'Header' };
  const sourceLa = requiredLeaf(header.fields, owner, 'SourceSchool/LEA');
  const sourceSchool: CtfSchool = {
    laCode: sourceLa.text,
    estab: requiredLeaf(header.fields, owner, 'SourceSchool/Estab').text,
    urn: optionalText(header.fields, 'SourceSchool/URN'),
    name: optionalText(header.fields, 'SourceSchool/SchoolName'),
  };
  const destLa = optionalText(header.fields, 'DestSchool/LEA');
  const dateTime = header.fields.get('DateTime');
  return {
    ctfVersion: optionalText(header.fields, 'CTFversion'),
    dateTime: optionalText(header.fields, 'DateTime'),
    sourceSchool,
    destSchool:
      destLa === null
        ? null
        : {
            laCode: destLa,
            estab: optionalText(header.fields, 'DestSchool/Estab') ?? '',
            urn: optionalText(header.fields, 'DestSchool/URN'),
            name: optionalText(header.fields, 'DestSchool/SchoolName'),
          },
    sources: {
      header: owner,
      sourceSchool: { ...sourceLa.source, field: 'SourceSchool' },
      dateTime: dateTime === undefined ? null : dateTime.source,
    },
  };
}
