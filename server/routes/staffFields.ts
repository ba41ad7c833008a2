import { PASSWORD_MAX_LENGTH } from '@common/staff/passwordPolicy'
import { STAFF_ROLES } from '@common/staff/roles'

// JSON schemas of the staff API's fields. Bounded strings: nothing long reaches Argon2 or the
// database, and no control character (PostgreSQL text cannot hold NUL) reaches a query.

export const TOKEN_FIELD = { type: 'string', maxLength: 100, pattern: '^[A-Za-z0-9_-]*$' } as const
export const USERNAME_FIELD = { type: 'string', maxLength: 64, pattern: '^[^\\u0000-\\u001f]*$' } as const
export const PASSWORD_FIELD = { type: 'string', maxLength: PASSWORD_MAX_LENGTH * 4 } as const
export const ROLE_FIELD = { type: 'string', enum: [...STAFF_ROLES] } as const
// Path and query values arrive as text (the app's Ajv does not coerce): digits only, read with Number().
export const ACCOUNT_ID_PARAMS = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[1-9][0-9]{0,8}$' } } } as const

/** A JSON body with exactly these fields, all required. */
export function bodyOf(properties: Record<string, object>) {
  return { type: 'object', required: Object.keys(properties), properties, additionalProperties: false } as const
}
