import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The LA this installation serves: one row (id 1). Its name heads every page and export. */
@Entity({ name: 'local_authority_profile' })
export class LocalAuthorityProfile {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'la_code', type: 'text' })
  laCode!: string;

  @Column({ name: 'is_synthetic_demo', type: 'boolean', default: false })
  isSyntheticDemo!: boolean;
}
