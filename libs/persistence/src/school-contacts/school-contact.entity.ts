import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Who at a school the LA contacts about attendance (the attendance lead). Maintained by the LA, not sent in
 * schools' exports, so it is operational data kept in PostgreSQL, one row per school URN.
 */
@Entity({ name: 'school_contact' })
export class SchoolContact {
  @PrimaryColumn({ type: 'text' })
  urn!: string;

  @Column({ type: 'text' })
  name!: string;

  /** e.g. "Attendance lead" or "Deputy headteacher". */
  @Column({ type: 'text' })
  role!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  telephone!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
