import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { School } from '../schools/school.model.js';
import { SchoolContactLoaders } from './school-contact-loaders.js';
import { SchoolContact } from './school-contact.model.js';

/** `School.contact`: the school was already checked against the caller's scope where it was resolved. */
@Resolver(() => School)
export class SchoolContactResolver {
  constructor(@Inject(SchoolContactLoaders) private readonly contacts: SchoolContactLoaders) {}

  @ResolveField(() => SchoolContact, {
    nullable: true,
    description: 'Who to contact about attendance; null until the LA records one. One query per request',
  })
  async contact(@Parent() school: School, @Context() context: object): Promise<SchoolContact | null> {
    const contact = await this.contacts.load(context, school.urn);
    return (
      contact && {
        name: contact.name,
        role: contact.role,
        email: contact.email,
        telephone: contact.telephone,
      }
    );
  }
}
