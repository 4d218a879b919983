// Generated from the backend OpenAPI document by scripts/generate-api-types.mjs.
// Never edit by hand: run `npm run api:generate` after changing the API.

export interface paths {
    "/api/v1/admin/revoke-all-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of every user at once; new logins keep working. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every session has ended, the caller's own included */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RevokedCount"];
                    };
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `sessions:revoke_any` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List audit events, newest first, filtered by actor, action, target and time. */
        get: {
            parameters: {
                query?: {
                    action?: components["schemas"]["AuditAction"] | null;
                    actor_id?: number | null;
                    page?: number;
                    per_page?: number;
                    q?: string | null;
                    since?: string | null;
                    target_id?: string | null;
                    target_type?: string | null;
                    until?: string | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditEventPage"];
                    };
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `audit:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Validation error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ValidationError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users: paginated, searchable, filterable, sortable. */
        get: {
            parameters: {
                query?: {
                    locked?: boolean | null;
                    page?: number;
                    per_page?: number;
                    q?: string | null;
                    role?: components["schemas"]["Role"] | null;
                    sort?: "id" | "email" | "full_name" | "role" | "status" | "house_number" | "created_at" | "updated_at" | "last_login_at" | "-id" | "-email" | "-full_name" | "-role" | "-status" | "-house_number" | "-created_at" | "-updated_at" | "-last_login_at";
                    status?: components["schemas"]["UserStatus"] | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserPage"];
                    };
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `users:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Validation error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ValidationError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        put?: never;
        /** Create a user with a role the signed-in admin may assign. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["UserCreate"];
                };
            };
            responses: {
                /** @description Successful response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MaskedUserRead"];
                    };
                };
                /** @description The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `users:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The email is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is larger than MAX_CONTENT_LENGTH */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Validation error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ValidationError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show one user; the national ID masked (see reveal-national-id). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    user_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MaskedUserRead"];
                    };
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `users:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        /** Replace the editable fields of a user. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    user_id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["UserReplace"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MaskedUserRead"];
                    };
                };
                /** @description The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `users:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The email is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is larger than MAX_CONTENT_LENGTH */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Validation error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ValidationError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a user and end their sessions. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    user_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `users:delete` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change some fields of a user. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    user_id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["UserUpdate"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MaskedUserRead"];
                    };
                };
                /** @description The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `users:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The email is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is larger than MAX_CONTENT_LENGTH */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Validation error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ValidationError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{user_id}/reveal-national-id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show a user's full national ID number, once, for someone who may edit it (audited). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    user_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NationalIdRead"];
                    };
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `users:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such user, or no national ID on record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/revoke-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of a user; their tokens stop working at once. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    user_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every session of the user has ended */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `sessions:revoke_any` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear the lockout after repeated failed logins. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    user_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MaskedUserRead"];
                    };
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `users:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count users by role and status, registrations per day, activity and lockouts. */
        get: {
            parameters: {
                query?: {
                    days?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserStats"];
                    };
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `users:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Validation error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ValidationError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password; every other session of the user ends. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ChangePasswordRequest"];
                };
            };
            responses: {
                /** @description Password changed; other sessions ended */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `profile:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is larger than MAX_CONTENT_LENGTH */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Wrong current password or a new password that breaks the policy */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ValidationError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password.
         * @description The refresh token is in the body for API clients and also in an HttpOnly
         *     cookie (path /auth) with a readable CSRF cookie, for browsers.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["LoginRequest"];
                };
            };
            responses: {
                /** @description Tokens and the signed-in user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoginResponse"];
                    };
                };
                /** @description The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Wrong email or password, or the account is locked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Account pending or deactivated */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is larger than MAX_CONTENT_LENGTH */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Validation error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ValidationError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End this session: its access and refresh tokens stop working.
         * @description Send the access token as 'Authorization: Bearer'. A client holding only the
         *     refresh token (RFC 7009) may send that instead, as 'Authorization: Bearer' or as
         *     `refresh_token` in the body; a browser, its refresh cookie with the CSRF header.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["RefreshRequest"];
                };
            };
            responses: {
                /** @description Signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `profile:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is larger than MAX_CONTENT_LENGTH */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Validation error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ValidationError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the signed-in user's profile and permissions. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeRead"];
                    };
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `profile:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        /** Replace the signed-in user's editable profile. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ProfileReplace"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeRead"];
                    };
                };
                /** @description The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `profile:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The new email is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is larger than MAX_CONTENT_LENGTH */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Invalid fields or wrong current password */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ValidationError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change some fields of the signed-in user's profile. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ProfileUpdate"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeRead"];
                    };
                };
                /** @description The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `profile:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The new email is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is larger than MAX_CONTENT_LENGTH */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Invalid fields or wrong current password */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ValidationError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/auth/password-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Describe the password rules, for forms that show them up front. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PasswordPolicyRead"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new token pair.
         * @description Send the refresh token as 'Authorization: Bearer', as `refresh_token` in the
         *     body, or (browsers) in the HttpOnly cookie with the CSRF header; a cookie
         *     refresh answers with a new cookie and `refresh_token: null` in the body.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    /**
                     * @example {
                     *       "refresh_token": "<refresh token>"
                     *     }
                     */
                    "application/json": components["schemas"]["RefreshRequest"];
                };
            };
            responses: {
                /** @description A new access and refresh token; the old refresh token stops working */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TokenPair"];
                    };
                };
                /** @description The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Invalid, expired, rotated or reused refresh token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is larger than MAX_CONTENT_LENGTH */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Validation error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ValidationError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a resident account. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["RegisterRequest"];
                };
            };
            responses: {
                /** @description The new account (role resident) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserRead"];
                    };
                };
                /** @description The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Registration is closed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The email is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is larger than MAX_CONTENT_LENGTH */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Invalid fields or weak password */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ValidationError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the signed-in user's open sessions (devices). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionRead"][];
                    };
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `profile:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out one of the user's devices. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    session_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description That device is signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `profile:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No open session of yours has this id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sessions/revoke-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out every device of the user except this one. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RevokedCount"];
                    };
                };
                /** @description Missing, invalid, expired or revoked access token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The signed-in user lacks the `profile:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Too many requests: wait Retry-After seconds */
                429: {
                    headers: {
                        /** @description Seconds to wait */
                        "Retry-After"?: number;
                        "X-RateLimit-Limit"?: number;
                        "X-RateLimit-Remaining"?: number;
                        /** @description Unix time */
                        "X-RateLimit-Reset"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Report whether the API and its database work. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The API and its database work */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description The database is unreachable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text exposition format), for METRICS_TOKEN or allowed IPs. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Prometheus text format */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Not the monitoring server */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * AuditAction
         * @enum {string}
         */
        AuditAction: "login_succeeded" | "login_failed" | "account_locked" | "reauthentication_failed" | "logout" | "session_revoked" | "sessions_revoked" | "token_reuse_detected" | "user_registered" | "user_created" | "user_updated" | "user_deleted" | "user_unlocked" | "role_changed" | "profile_updated" | "password_changed" | "national_id_revealed" | "forced_logout" | "jwt_key_rotation_started" | "audit_pruned";
        /** AuditEventPage */
        AuditEventPage: {
            /** Items */
            items: components["schemas"]["AuditEventRead"][];
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /** Total */
            total: number;
        };
        /**
         * AuditEventRead
         * @description One event. Names are snapshots taken when it happened.
         */
        AuditEventRead: {
            action: components["schemas"]["AuditAction"];
            /** Actor Email */
            actor_email: string | null;
            /**
             * Actor Id
             * @description Null for the system or an operator command
             */
            actor_id: number | null;
            /** Actor Name */
            actor_name: string | null;
            /** Details */
            details: {
                [key: string]: unknown;
            };
            /** Id */
            id: number;
            /** Ip Address */
            ip_address: string | null;
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            /** Target Id */
            target_id: string | null;
            /**
             * Target Name
             * @description The target user's name; for a session, its owner's
             */
            target_name: string | null;
            /**
             * Target Type
             * @description user, session or jwt_key
             */
            target_type: string | null;
            /** User Agent */
            user_agent: string | null;
        };
        /** ChangePasswordRequest */
        ChangePasswordRequest: {
            /** Current Password */
            current_password: string;
            /** New Password */
            new_password: string;
        };
        /** DailyCount */
        DailyCount: {
            /** Count */
            count: number;
            /**
             * Date
             * Format: date
             */
            date: string;
        };
        HTTPError: {
            detail: string;
            /** @description Quote it when reporting a 5xx */
            request_id?: string;
            status: number;
            title: string;
            /** @description A URI naming the problem type */
            type: string;
        };
        /** LoginRequest */
        LoginRequest: {
            /** Email */
            email: string;
            /** Password */
            password: string;
        };
        /** LoginResponse */
        LoginResponse: {
            /** Access Token */
            access_token: string;
            /**
             * Expires In
             * @description Seconds until the access token expires
             */
            expires_in: number;
            /**
             * Refresh Expires In
             * @description Seconds until the refresh token expires
             */
            refresh_expires_in: number;
            /**
             * Refresh Token
             * @description Null when the refresh token travels in the HttpOnly cookie instead
             */
            refresh_token: string | null;
            /**
             * Token Type
             * @default bearer
             * @constant
             */
            token_type?: "bearer";
            user: components["schemas"]["UserRead"];
        };
        /**
         * MaskedUserRead
         * @description A user as admins see it: the national ID masked to its last four digits (staff
         *     reveal the whole number on request, audited).
         */
        MaskedUserRead: {
            /** Address */
            address: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Email */
            email: string;
            /** Full Name */
            full_name: string;
            /** House Number */
            house_number: string | null;
            /** Id */
            id: number;
            /** Last Login At */
            last_login_at: string | null;
            /**
             * Locked Until
             * @description Set while the account is locked after repeated failed logins
             */
            locked_until: string | null;
            /**
             * National Id
             * @description Thai national ID number; masked to the last four digits in lists
             */
            national_id: string | null;
            /** Phone */
            phone: string | null;
            role: components["schemas"]["Role"];
            status: components["schemas"]["UserStatus"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * MeRead
         * @description The signed-in user, with what the user may do (for role-aware clients).
         */
        MeRead: {
            /** Address */
            address: string | null;
            /** Assignable Roles */
            assignable_roles: components["schemas"]["Role"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Email */
            email: string;
            /** Full Name */
            full_name: string;
            /** House Number */
            house_number: string | null;
            /** Id */
            id: number;
            /** Last Login At */
            last_login_at: string | null;
            /**
             * Locked Until
             * @description Set while the account is locked after repeated failed logins
             */
            locked_until: string | null;
            /**
             * National Id
             * @description Thai national ID number; masked to the last four digits in lists
             */
            national_id: string | null;
            /** Permissions */
            permissions: components["schemas"]["Permission"][];
            /** Phone */
            phone: string | null;
            role: components["schemas"]["Role"];
            status: components["schemas"]["UserStatus"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** NationalIdRead */
        NationalIdRead: {
            /**
             * National Id
             * @description The full 13-digit number (its reading is audited)
             */
            national_id: string;
        };
        /** PasswordPolicyRead */
        PasswordPolicyRead: {
            /** Max Length */
            max_length: number;
            /** Min Length */
            min_length: number;
            /** Rules */
            rules: string[];
        };
        /**
         * Permission
         * @enum {string}
         */
        Permission: "profile:read" | "profile:write" | "users:read" | "users:write" | "users:delete" | "finance:read" | "finance:write" | "audit:read" | "sessions:revoke_any";
        /**
         * ProfileReplace
         * @description PUT /auth/me: the whole editable profile; optional fields left out are cleared.
         */
        ProfileReplace: {
            /**
             * Current Password
             * @description Required to change the email
             * @default null
             */
            current_password?: string | null;
            /**
             * Email
             * @description Unchanged when left out
             * @default null
             */
            email?: string | null;
            /** Full Name */
            full_name: string;
            /**
             * National Id
             * @default null
             */
            national_id?: string | null;
            /**
             * Phone
             * @default null
             */
            phone?: string | null;
        };
        /**
         * ProfileUpdate
         * @description PATCH /auth/me: only the fields sent change. Changing the email needs the password.
         */
        ProfileUpdate: {
            /**
             * Current Password
             * @description Required to change the email
             * @default null
             */
            current_password?: string | null;
            /**
             * Email
             * @default null
             */
            email?: string | null;
            /**
             * Full Name
             * @default null
             */
            full_name?: string | null;
            /**
             * National Id
             * @default null
             */
            national_id?: string | null;
            /**
             * Phone
             * @default null
             */
            phone?: string | null;
        };
        /** RefreshRequest */
        RefreshRequest: {
            /**
             * Refresh Token
             * @description Or send it as 'Authorization: Bearer <refresh token>'
             * @default null
             */
            refresh_token?: string | null;
        };
        /** RegisterRequest */
        RegisterRequest: {
            /**
             * Address
             * @default null
             */
            address?: string | null;
            /** Email */
            email: string;
            /** Full Name */
            full_name: string;
            /**
             * House Number
             * @default null
             */
            house_number?: string | null;
            /** Password */
            password: string;
            /**
             * Phone
             * @default null
             */
            phone?: string | null;
        };
        /** RevokedCount */
        RevokedCount: {
            /**
             * Ended
             * @description How many sessions were ended
             */
            ended: number;
        };
        /**
         * Role
         * @enum {string}
         */
        Role: "super_admin" | "village_admin" | "accounting_admin" | "resident";
        /**
         * SessionRead
         * @description A signed-in device of the user.
         */
        SessionRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Current
             * @description True for the session making this request
             * @default false
             */
            current?: boolean;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Ip Address */
            ip_address: string | null;
            /**
             * Last Used At
             * Format: date-time
             */
            last_used_at: string;
            /** User Agent */
            user_agent: string | null;
        };
        /** TokenPair */
        TokenPair: {
            /** Access Token */
            access_token: string;
            /**
             * Expires In
             * @description Seconds until the access token expires
             */
            expires_in: number;
            /**
             * Refresh Expires In
             * @description Seconds until the refresh token expires
             */
            refresh_expires_in: number;
            /**
             * Refresh Token
             * @description Null when the refresh token travels in the HttpOnly cookie instead
             */
            refresh_token: string | null;
            /**
             * Token Type
             * @default bearer
             * @constant
             */
            token_type?: "bearer";
        };
        /** UserCreate */
        UserCreate: {
            /**
             * Address
             * @default null
             */
            address?: string | null;
            /** Email */
            email: string;
            /** Full Name */
            full_name: string;
            /**
             * House Number
             * @default null
             */
            house_number?: string | null;
            /**
             * National Id
             * @default null
             */
            national_id?: string | null;
            /** Password */
            password: string;
            /**
             * Phone
             * @default null
             */
            phone?: string | null;
            /** @default resident */
            role?: components["schemas"]["Role"];
            /** @default active */
            status?: components["schemas"]["UserStatus"];
        };
        /** UserPage */
        UserPage: {
            /** Items */
            items: components["schemas"]["MaskedUserRead"][];
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /** Total */
            total: number;
        };
        /**
         * UserRead
         * @description A user as admins see it. The password hash is never part of it.
         */
        UserRead: {
            /** Address */
            address: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Email */
            email: string;
            /** Full Name */
            full_name: string;
            /** House Number */
            house_number: string | null;
            /** Id */
            id: number;
            /** Last Login At */
            last_login_at: string | null;
            /**
             * Locked Until
             * @description Set while the account is locked after repeated failed logins
             */
            locked_until: string | null;
            /**
             * National Id
             * @description Thai national ID number; masked to the last four digits in lists
             */
            national_id: string | null;
            /** Phone */
            phone: string | null;
            role: components["schemas"]["Role"];
            status: components["schemas"]["UserStatus"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * UserReplace
         * @description PUT: the whole editable record; optional fields left out are cleared.
         */
        UserReplace: {
            /**
             * Address
             * @default null
             */
            address?: string | null;
            /** Email */
            email: string;
            /** Full Name */
            full_name: string;
            /**
             * House Number
             * @default null
             */
            house_number?: string | null;
            /**
             * National Id
             * @default null
             */
            national_id?: string | null;
            /**
             * Phone
             * @default null
             */
            phone?: string | null;
            role: components["schemas"]["Role"];
            status: components["schemas"]["UserStatus"];
        };
        /** UserStats */
        UserStats: {
            /**
             * Active Last 30 Days
             * @description Users who signed in during the last 30 days
             */
            active_last_30_days: number;
            /** By Role */
            by_role: {
                [key: string]: number;
            };
            /** By Status */
            by_status: {
                [key: string]: number;
            };
            /**
             * Locked
             * @description Accounts locked right now after failed logins
             */
            locked: number;
            /**
             * Registrations
             * @description New accounts per day, oldest first
             */
            registrations: components["schemas"]["DailyCount"][];
            /** Total */
            total: number;
        };
        /**
         * UserStatus
         * @enum {string}
         */
        UserStatus: "active" | "inactive" | "pending";
        /**
         * UserUpdate
         * @description PATCH: only the fields sent change; null clears an optional field.
         */
        UserUpdate: {
            /**
             * Address
             * @default null
             */
            address?: string | null;
            /**
             * Email
             * @default null
             */
            email?: string | null;
            /**
             * Full Name
             * @default null
             */
            full_name?: string | null;
            /**
             * House Number
             * @default null
             */
            house_number?: string | null;
            /**
             * National Id
             * @default null
             */
            national_id?: string | null;
            /**
             * Password
             * @description Set a new password (ends the user's sessions)
             * @default null
             */
            password?: string | null;
            /**
             * Phone
             * @default null
             */
            phone?: string | null;
            /** @default null */
            role?: components["schemas"]["Role"] | null;
            /** @default null */
            status?: components["schemas"]["UserStatus"] | null;
        };
        ValidationError: {
            detail: string;
            errors: {
                code: string;
                field: string;
                message: string;
            }[];
            /** @description Quote it when reporting a 5xx */
            request_id?: string;
            status: number;
            title: string;
            /** @description A URI naming the problem type */
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
