import type { DataSource, Repository } from 'typeorm';
import { LocalAuthorityProfile } from './local-authority-profile.entity.js';

const PROFILE_ID = 1;

export class LocalAuthorityProfileRepository {
  private readonly profiles: Repository<LocalAuthorityProfile>;

  constructor(dataSource: DataSource) {
    this.profiles = dataSource.getRepository(LocalAuthorityProfile);
  }

  async find(): Promise<LocalAuthorityProfile | null> {
    return this.profiles.findOneBy({ id: PROFILE_ID });
  }

  async save(profile: Omit<LocalAuthorityProfile, 'id'>): Promise<LocalAuthorityProfile> {
    return this.profiles.save({ ...profile, id: PROFILE_ID });
  }
}
