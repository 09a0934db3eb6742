import { College } from '../colleges/college.entity';
import { Major } from '../colleges/major.entity';
import { Partner, PartnerStatusChange } from '../partners/partner.entity';
import { User } from '../users/user.entity';

/** Every entity, listed explicitly (no globs: the build output and the tests see the same list). */
export const entities = [College, Major, User, Partner, PartnerStatusChange];
