// The newsroom's user API, as JSON schemas (TypeBox): they validate requests, shape answers and make the OpenAPI
// document.
import { Type, type Static } from '@sinclair/typebox';

const Role = Type.Union([Type.Literal('editor'), Type.Literal('admin'), Type.Literal('site-editor')], {
  description:
    '`editor`: content. `admin`: content, users, sites and feed sources. `site-editor`: the webmaster of one member site ' +
    '(`siteId`): that site’s settings and traffic, nothing else.',
});
const SiteId = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'The member site of a `site-editor` (an enabled registered site, not the portal’s own); refused with other roles.',
});
const DisplayName = Type.String({ minLength: 1, maxLength: 100, description: 'Leading and trailing spaces are removed.' });

export const CreateUser = Type.Object(
  {
    username: Type.String({
      minLength: 3,
      maxLength: 64,
      description: '3 to 64 letters, digits, dots, hyphens or underscores; stored in lower case.',
    }),
    displayName: DisplayName,
    role: Role,
    siteId: Type.Optional(SiteId),
    password: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 1024,
        description:
          '12 to 128 characters, not a common password. Without it the server makes a temporary password, returns it once, ' +
          'and the user must choose their own at the first sign-in.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type CreateUser = Static<typeof CreateUser>;

export const UpdateUser = Type.Object(
  {
    displayName: Type.Optional(DisplayName),
    role: Type.Optional(Role),
    siteId: Type.Optional(
      Type.Union([SiteId, Type.Null()], {
        description: 'Moves a site editor to another site. A role other than `site-editor` clears the site by itself; `null` is the same.',
      }),
    ),
    disabled: Type.Optional(
      Type.Boolean({ description: '`true` disables the account and ends its sessions at once, on every instance; `false` enables it.' }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUser = Static<typeof UpdateUser>;

export const UserId = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 }) });

export const StaffUser = Type.Object(
  {
    id: Type.Integer(),
    username: Type.String(),
    displayName: Type.String(),
    role: Role,
    siteId: Type.Union([Type.String(), Type.Null()], { description: 'The member site of a `site-editor`; null for other roles.' }),
    disabledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'Null for an enabled account.' }),
    mustChangePassword: Type.Boolean({ description: 'Signed in with a temporary password and not yet chosen their own.' }),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { description: 'A staff account as admins see it (never its password).' },
);

export const UserList = Type.Object({ items: Type.Array(StaffUser) });

export const UserWithTemporaryPassword = Type.Object({
  user: StaffUser,
  temporaryPassword: Type.Union([Type.String(), Type.Null()], {
    description: 'Shown this once and stored only as a hash: hand it to the user. Null when the admin chose the password.',
  }),
});
