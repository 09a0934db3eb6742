import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';
import { PageQuery } from '../common/pagination';
import { isValidCreditCode, normalizeCreditCode } from './credit-code';
import { PARTNER_KINDS, PARTNER_STATUSES } from './partner.entity';
import type { PartnerKind, PartnerStatus } from './partner.entity';
import { trim } from '../common/transforms';

const creditCode = ({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeCreditCode(value) : value);

function IsCreditCode(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCreditCode',
      target: target.constructor,
      propertyName,
      options: { message: '$property must be a valid unified social credit code (GB 32100-2015)', ...options },
      validator: { validate: (v: unknown) => typeof v === 'string' && isValidCreditCode(v) },
    });
}

export class CreatePartnerDto {
  /** 单位名称 */
  @Transform(trim) @IsString() @MinLength(1) @MaxLength(200)
  name: string;

  @IsIn(PARTNER_KINDS)
  kind: PartnerKind;

  /** 统一社会信用代码, 18 characters with a valid check character; unique. */
  @Transform(creditCode) @IsString() @IsCreditCode()
  creditCode: string;

  @IsOptional() @IsString() @MaxLength(100)
  industry?: string | null;

  @IsOptional() @IsString() @MaxLength(300)
  address?: string | null;

  @IsOptional() @IsString() @MaxLength(50)
  contactName?: string | null;

  @IsOptional() @IsString() @MaxLength(30)
  contactPhone?: string | null;

  @IsOptional() @IsString() @MaxLength(5000)
  notes?: string | null;

  /** Initial ledger status; `incubating` by default. */
  @IsOptional() @IsIn(PARTNER_STATUSES)
  status?: PartnerStatus;
}

export class UpdatePartnerDto {
  @ValidateIf((_, v) => v !== undefined) @Transform(trim) @IsString() @MinLength(1) @MaxLength(200)
  name?: string;

  @ValidateIf((_, v) => v !== undefined) @IsIn(PARTNER_KINDS)
  kind?: PartnerKind;

  @ValidateIf((_, v) => v !== undefined) @Transform(creditCode) @IsString() @IsCreditCode()
  creditCode?: string;

  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(100)
  industry?: string | null;

  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(300)
  address?: string | null;

  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(50)
  contactName?: string | null;

  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(30)
  contactPhone?: string | null;

  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(5000)
  notes?: string | null;
}

export class ChangePartnerStatusDto {
  @IsIn(PARTNER_STATUSES)
  status: PartnerStatus;

  /** Why (e.g. 淘汰原因); kept in the ledger history. */
  @IsOptional() @IsString() @MaxLength(1000)
  reason?: string;
}

export class ListPartnersQuery extends PageQuery {
  /** Part of the name, or of the credit code. */
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @IsOptional() @IsIn(PARTNER_KINDS)
  kind?: PartnerKind;

  @IsOptional() @IsIn(PARTNER_STATUSES)
  status?: PartnerStatus;

  @IsOptional() @IsString() @MaxLength(100)
  industry?: string;

  @IsOptional() @IsUUID()
  ownerCollegeId?: string;

  @IsOptional() @IsIn(['name', 'createdAt', 'statusChangedAt', '-name', '-createdAt', '-statusChangedAt'])
  sort?: string;
}
