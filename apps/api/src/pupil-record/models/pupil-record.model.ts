import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ReasonSessions } from '../../cohort-measures/models/cohort-measures.model.js';
import { SessionCounts } from '../../period/session-counts.model.js';
import { EscalationBandRef } from '../../pupil-lists/models/band-crossing-list.model.js';
import { School } from '../../schools/school.model.js';
import { PupilCmeRun, PupilPenaltyNoticeWindow, PupilRecordProjection } from './pupil-record-status.model.js';

@ObjectType({ description: "From the school's current pupils file; no names are stored" })
export class PupilCharacteristics {
  @Field(() => String, { nullable: true })
  yearGroup!: string | null;

  @Field(() => String, { nullable: true })
  sex!: string | null;

  @Field(() => String, { nullable: true, description: 'N, K (SEN support) or E (EHC plan)' })
  senProvision!: string | null;

  @Field(() => Boolean, { nullable: true })
  fsmEligible!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  eal!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  cin!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  cpp!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  cla!: boolean | null;

  @Field({ description: 'C (single registration), M (main) or S (subsidiary dual registration)' })
  enrolmentStatus!: string;

  @Field()
  admissionDate!: string;

  @Field(() => String, { nullable: true })
  leavingDate!: string | null;

  @Field({ description: 'Aged 5 to 15 on 31 August before the year: the cohort of the headline figures' })
  inStatutoryCohort!: boolean;
}

@ObjectType({ description: 'One register mark' })
export class PupilRecordMark {
  @Field()
  code!: string;

  @Field({
    description:
      'The DfE category of the code on its date: present, approved-educational-activity, authorised-absence, unauthorised-absence, not-possible or administrative',
  })
  category!: string;

  @Field(() => String, { nullable: true, description: 'The DfE reason column of an absence' })
  reasonColumn!: string | null;
}

@ObjectType({ description: 'A date the school recorded a mark for the pupil' })
export class PupilRecordDay {
  @Field()
  date!: string;

  @Field(() => PupilRecordMark, { nullable: true })
  am!: PupilRecordMark | null;

  @Field(() => PupilRecordMark, { nullable: true })
  pm!: PupilRecordMark | null;
}

@ObjectType({ isAbstract: true })
abstract class PupilRecordSessions extends SessionCounts {
  @Field(() => Float, { nullable: true, description: 'Null without possible sessions' })
  attendanceRate!: number | null;

  @Field(() => Float, { nullable: true })
  overallAbsenceRate!: number | null;
}

@ObjectType({ description: 'One week (Monday start) of the pupil at this school' })
export class PupilRecordWeek extends PupilRecordSessions {
  @Field()
  weekStart!: string;

  @Field(() => Float, { nullable: true, description: 'From the start of the year to the end of this week' })
  yearToDateAttendanceRate!: number | null;

  @Field(() => EscalationBandRef, { nullable: true })
  yearToDateBand!: EscalationBandRef | null;
}

@ObjectType({ description: 'The year to date: every mark of the calendar added up' })
export class PupilRecordYearToDate extends PupilRecordSessions {
  @Field(() => Int)
  notPossibleSessions!: number;

  @Field(() => Int)
  administrativeSessions!: number;

  @Field({ description: '10% or more of possible sessions missed (DfE)' })
  persistentlyAbsent!: boolean;

  @Field({ description: '50% or more of possible sessions missed (DfE)' })
  severelyAbsent!: boolean;

  @Field(() => EscalationBandRef, { nullable: true })
  band!: EscalationBandRef | null;
}

@ObjectType({ description: 'The same pupil on roll at another school of the LA' })
export class PupilOtherEnrolment {
  @Field()
  urn!: string;

  @Field()
  schoolName!: string;

  @Field()
  enrolmentStatus!: string;
}

@ObjectType({ description: "One enrolment's record for an academic year: pupil-level data" })
export class PupilRecord {
  @Field({ description: 'e.g. 2025/26' })
  academicYear!: string;

  @Field(() => String, { nullable: true, description: 'The latest mark in the store' })
  dataAsOf!: string | null;

  @Field(() => School)
  school!: School;

  @Field()
  upn!: string;

  @Field(() => Int, { description: "The store's id of the pupil (never changed, not a UPN)" })
  pupilId!: number;

  @Field(() => PupilCharacteristics)
  characteristics!: PupilCharacteristics;

  @Field(() => [PupilRecordDay], { description: 'Every date of the year with a mark, oldest first' })
  calendar!: PupilRecordDay[];

  @Field(() => [PupilRecordWeek], { description: 'Every week with a mark, oldest first' })
  weeks!: PupilRecordWeek[];

  @Field(() => [ReasonSessions], { description: 'Absence sessions under each DfE reason column' })
  reasons!: ReasonSessions[];

  @Field(() => PupilRecordYearToDate)
  yearToDate!: PupilRecordYearToDate;

  @Field(() => [PupilOtherEnrolment], {
    description: 'Other enrolments of the same UPN at schools the caller can see (e.g. dual registration)',
  })
  otherEnrolments!: PupilOtherEnrolment[];

  @Field(() => String, {
    nullable: true,
    description:
      'The date projection, cme and penaltyNotice are drawn up on (as the lists are): the latest mark, or the end of the year when that is earlier; null for a year with no marks yet',
  })
  statusAsOf!: string | null;

  @Field(() => PupilRecordProjection, {
    nullable: true,
    description: 'Null outside the statutory cohort or without a possible session so far',
  })
  projection!: PupilRecordProjection | null;

  @Field(() => PupilCmeRun, {
    nullable: true,
    description: "Null unless of compulsory school age on the school's last register date",
  })
  cme!: PupilCmeRun | null;

  @Field(() => PupilPenaltyNoticeWindow, {
    nullable: true,
    description:
      "Null unless of compulsory school age on the school's last register date, or before the national threshold (19 August 2024)",
  })
  penaltyNotice!: PupilPenaltyNoticeWindow | null;
}
