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
    "/api/v1/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List announcements. Staff who write them: every one, filtered, with read counts.
         * @description Everyone else: what is published, unexpired and addressed to them, pinned first,
         *     then newest (filters other than paging are ignored), each with `read`.
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    pinned?: boolean | null;
                    priority?: components["schemas"]["AnnouncementPriority"] | null;
                    q?: string | null;
                    sort?: "created_at" | "-created_at" | "publish_at" | "-publish_at" | "title" | "-title";
                    status?: components["schemas"]["AnnouncementStatus"] | null;
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
                        "application/json": components["schemas"]["AnnouncementPage"];
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
        /**
         * Write an announcement: a draft (no publish_at), scheduled, or published now.
         * @description Publishing notifies its audience.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AnnouncementCreate"];
                };
            };
            responses: {
                /** @description Successful response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnnouncementRead"];
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
                /** @description The signed-in user lacks the `announcements:write` permission */
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
    "/api/v1/announcements/{announcement_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show one announcement (a resident: only one addressed to them and live). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    announcement_id: number;
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
                        "application/json": components["schemas"]["AnnouncementRead"];
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
                /** @description No such announcement, or not one addressed to you */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an announcement; once published only pinned and expires_at. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    announcement_id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["AnnouncementUpdate"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnnouncementRead"];
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
                /** @description The signed-in user lacks the `announcements:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such announcement, or not one addressed to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Published (code announcement_published) or archived (announcement_archived) */
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
    "/api/v1/announcements/{announcement_id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive an announcement: out of every feed; it changes no more. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    announcement_id: number;
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
                        "application/json": components["schemas"]["AnnouncementRead"];
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
                /** @description The signed-in user lacks the `announcements:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such announcement, or not one addressed to you */
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
    "/api/v1/announcements/{announcement_id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a file (meeting papers, a map) to an announcement before it is published. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    announcement_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description A PDF, or a JPEG, PNG or WebP image; at most UPLOAD_MAX_BYTES
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Successful response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FileRead"];
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
                /** @description The signed-in user lacks the `announcements:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such announcement, or not one addressed to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Published (code announcement_published) or archived (announcement_archived) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The file is larger than UPLOAD_MAX_BYTES */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is not multipart/form-data */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No file in the field, or one that cannot be read */
                422: {
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
    "/api/v1/announcements/{announcement_id}/attachments/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment (after the same access check as the announcement). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    announcement_id: number;
                    file_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
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
                /** @description No such announcement, or not one addressed to you */
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
        put?: never;
        post?: never;
        /** Take an attachment off an announcement before it is published. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    announcement_id: number;
                    file_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
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
                /** @description The signed-in user lacks the `announcements:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such announcement, or not one addressed to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Published (code announcement_published) or archived (announcement_archived) */
                409: {
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
    "/api/v1/announcements/{announcement_id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft or scheduled announcement now and notify its audience. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    announcement_id: number;
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
                        "application/json": components["schemas"]["AnnouncementRead"];
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
                /** @description The signed-in user lacks the `announcements:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such announcement, or not one addressed to you */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Archived (code announcement_archived) */
                409: {
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
    "/api/v1/announcements/{announcement_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an announcement as read by the person asking (idempotent). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    announcement_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Marked as read (again: no change) */
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
                /** @description The signed-in user lacks the `profile:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such announcement, or not one addressed to you */
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
    "/api/v1/announcements/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render Markdown as an announcement's body would be (sanitised HTML); saves nothing. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PreviewRequest"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Preview"];
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
                /** @description The signed-in user lacks the `announcements:write` permission */
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
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List audit events, newest first, filtered by person, actor, action, target and time. */
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
    "/api/v1/data-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List data-subject requests (the most urgent first), with due dates and `overdue`. */
        get: {
            parameters: {
                query?: {
                    overdue?: boolean | null;
                    page?: number;
                    per_page?: number;
                    q?: string | null;
                    sort?: "due_on" | "-due_on" | "created_at" | "-created_at";
                    status?: components["schemas"]["DataRequestStatus"] | null;
                    type?: components["schemas"]["DataRequestType"] | null;
                    user_id?: number | null;
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
                        "application/json": components["schemas"]["DataRequestPage"];
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
                /** @description The signed-in user lacks the `privacy:manage` permission */
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
    "/api/v1/data-requests/{data_request_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show one data-subject request. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    data_request_id: number;
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
                        "application/json": components["schemas"]["DataRequestRead"];
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
                /** @description The signed-in user lacks the `privacy:manage` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such data request */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-requests/{data_request_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a request done, saying what was done; the requester is notified. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    data_request_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DataRequestDecision"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DataRequestRead"];
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
                /** @description The signed-in user lacks the `privacy:manage` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such data request */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The request was already decided (`code: already_decided`) */
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
    "/api/v1/data-requests/{data_request_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuse a request with the reason (recorded, PDPA s.30 para. 3); the requester is
         * @description notified.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    data_request_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DataRequestDecision"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DataRequestRead"];
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
                /** @description The signed-in user lacks the `privacy:manage` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such data request */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The request was already decided (`code: already_decided`) */
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
    "/api/v1/houses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List houses: paginated, searchable (house, plot, member name or phone), filterable.
         * @description A resident gets their own houses only.
         */
        get: {
            parameters: {
                query?: {
                    archived?: boolean;
                    has_arrears?: boolean | null;
                    occupancy?: components["schemas"]["Occupancy"] | null;
                    page?: number;
                    per_page?: number;
                    plot_type?: components["schemas"]["PlotType"] | null;
                    q?: string | null;
                    sort?: "house_number" | "-house_number" | "zone" | "-zone" | "land_area_sq_wah" | "-land_area_sq_wah" | "created_at" | "-created_at" | "updated_at" | "-updated_at";
                    zone?: string | null;
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
                        "application/json": components["schemas"]["HousePage"];
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
                /** @description The signed-in user lacks the `houses:read` permission */
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
        /** Add a house. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["HouseCreate"];
                };
            };
            responses: {
                /** @description Successful response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HouseDetail"];
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
                /** @description The signed-in user lacks the `houses:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Another house has this number */
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
    "/api/v1/houses/{house_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show one house with its current members. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    house_id: number;
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
                        "application/json": components["schemas"]["HouseDetail"];
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
                /** @description The signed-in user lacks the `houses:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such house, or not one of yours */
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
        /** Replace every field of a house. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    house_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["HouseReplace"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HouseDetail"];
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
                /** @description The signed-in user lacks the `houses:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such house, or not one of yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Another house has this number */
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
        /** Delete a house entered by mistake (one with history is archived instead). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    house_id: number;
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
                /** @description The signed-in user lacks the `houses:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such house, or not one of yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The house has members or history: archive it */
                409: {
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
        /** Change some fields of a house. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    house_id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["HouseUpdate"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HouseDetail"];
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
                /** @description The signed-in user lacks the `houses:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such house, or not one of yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Another house has this number */
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
    "/api/v1/houses/{house_id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a house: out of the lists, its history kept. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    house_id: number;
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
                        "application/json": components["schemas"]["HouseRead"];
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
                /** @description The signed-in user lacks the `houses:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such house, or not one of yours */
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
    "/api/v1/houses/{house_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a house's current members (primary contact first), and past ones if asked. */
        get: {
            parameters: {
                query?: {
                    include_past?: boolean;
                };
                header?: never;
                path: {
                    house_id: number;
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
                        "application/json": components["schemas"]["MemberRead"][];
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
                /** @description The signed-in user lacks the `houses:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such house, or not one of yours */
                404: {
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
        /** Add a member: an existing person, or a new one (found by phone or email first). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    house_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MemberAdd"];
                };
            };
            responses: {
                /** @description Successful response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberRead"];
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
                /** @description The signed-in user lacks the `houses:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such house, or not one of yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Already a member, or the phone and email belong to two people */
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
    "/api/v1/houses/{house_id}/members/{member_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a membership added by mistake (to end one, set its moved_out_on). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    house_id: number;
                    member_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
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
                /** @description The signed-in user lacks the `houses:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such house, or not one of yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The membership has ended (history): it stays */
                409: {
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
        /** Change a membership, make it the primary contact, or end it (moved_out_on). */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    house_id: number;
                    member_id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["MemberUpdate"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberRead"];
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
                /** @description The signed-in user lacks the `houses:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such house, or not one of yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The membership has ended (history) */
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
    "/api/v1/houses/{house_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring an archived house back. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    house_id: number;
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
                        "application/json": components["schemas"]["HouseRead"];
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
                /** @description The signed-in user lacks the `houses:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such house, or not one of yours */
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
    "/api/v1/houses/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the register (current houses and their owners) as CSV or XLSX. */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The register in the import's columns (CSV or XLSX) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
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
                /** @description The signed-in user lacks the `houses:read` permission */
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
    "/api/v1/houses/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import houses and their owners from a spreadsheet; a dry run checks without writing.
         * @description Idempotent by house number; a file with any error writes nothing, and the report
         *     names each error's row and field. Columns: house_number, plot_number, zone,
         *     land_area_sq_wah, plot_type, occupancy, owner_name, owner_phone, owner_email.
         */
        post: {
            parameters: {
                query?: {
                    dry_run?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description The register: CSV (UTF-8, Excel's Thai CSV) or XLSX, with a header row
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReport"];
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
                /** @description The signed-in user lacks the `houses:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The file is larger than UPLOAD_MAX_BYTES */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The body is not multipart/form-data */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not a register (see detail), or no file */
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
    "/api/v1/houses/invitation-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Letters for houses: a fresh set-password link (and QR code) for every current member
         * @description without a password of their own. Shown once; earlier links stop working; audited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InvitationRequest"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitationLetter"][];
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
                /** @description The signed-in user lacks the `houses:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such house, or not one of yours */
                404: {
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
    "/api/v1/houses/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the zones in use (for filters and forms). */
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
                        "application/json": components["schemas"]["ZoneList"];
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
                /** @description The signed-in user lacks the `houses:read` permission */
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
    "/api/v1/me/data-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Download everything the village holds about you, as JSON (audited). */
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
                        "application/json": components["schemas"]["DataExport"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/data-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your data-subject requests, with their due dates and decisions. */
        get: {
            parameters: {
                query?: {
                    overdue?: boolean | null;
                    page?: number;
                    per_page?: number;
                    q?: string | null;
                    sort?: "due_on" | "-due_on" | "created_at" | "-created_at";
                    status?: components["schemas"]["DataRequestStatus"] | null;
                    type?: components["schemas"]["DataRequestType"] | null;
                    user_id?: number | null;
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
                        "application/json": components["schemas"]["DataRequestPage"];
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
        /**
         * File a data-subject request (access, rectification, erasure, objection): the office
         * @description answers within 30 days.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DataRequestCreate"];
                };
            };
            responses: {
                /** @description Successful response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DataRequestRead"];
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
                /** @description A request of this type is already pending (`code: already_pending`) */
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
    "/api/v1/me/houses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the houses the signed-in person is a current member of, with their members. */
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
                        "application/json": components["schemas"]["MyHouse"][];
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
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List my notifications, newest first (`unread_only` for the unread ones). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    unread_only?: boolean;
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
                        "application/json": components["schemas"]["NotificationPage"];
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
    "/api/v1/me/notifications/{notification_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my notifications read (idempotent). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    notification_id: number;
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
                        "application/json": components["schemas"]["NotificationRead"];
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
                /** @description No such notification of mine */
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
    "/api/v1/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notifications read; answers the unread count left (0). */
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
                        "application/json": components["schemas"]["UnreadCount"];
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of my notifications are unread (the bell's badge). */
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
                        "application/json": components["schemas"]["UnreadCount"];
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
    "/api/v1/membership-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List requests to join a house (self-registrations), oldest first: the approval queue. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    status?: components["schemas"]["RequestStatus"] | null;
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
                        "application/json": components["schemas"]["MembershipRequestPage"];
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
                /** @description The signed-in user lacks the `houses:write` permission */
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
    "/api/v1/membership-requests/{request_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link the person to the house (and activate an account waiting for approval). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    request_id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["MembershipApproval"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MembershipRequestRead"];
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
                /** @description The signed-in user lacks the `houses:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such request or house */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Already decided */
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
    "/api/v1/membership-requests/{request_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a request down, saying why. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    request_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MembershipRejection"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MembershipRequestRead"];
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
                /** @description The signed-in user lacks the `houses:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such request */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Already decided */
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
    "/api/v1/privacy-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the current privacy notice (Thai and English) and whether you accepted it. */
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
                        "application/json": components["schemas"]["NoticeRead"];
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
    "/api/v1/privacy-notice/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the current version of the notice (logged: when, from where). Idempotent. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NoticeAccept"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NoticeRead"];
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
                /** @description Not the current version (`code: not_current`) */
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
    "/api/v1/privacy-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List every version of the notice, newest first, with how many people accepted each. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
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
                        "application/json": components["schemas"]["NoticePage"];
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
                /** @description The signed-in user lacks the `privacy:manage` permission */
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
        /** Publish a new version of the notice: everyone accepts it again at their next visit. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NoticePublish"];
                };
            };
            responses: {
                /** @description Successful response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NoticeVersionRead"];
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
                /** @description The signed-in user lacks the `privacy:manage` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Another version was published at the same moment */
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
    "/api/v1/service-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List service requests, newest first by default, with filters.
         * @description Staff see every request; a resident sees their houses' requests (and the
         *     common-area ones they opened).
         */
        get: {
            parameters: {
                query?: {
                    assignee_id?: number | null;
                    category?: components["schemas"]["Category"] | null;
                    common_area?: boolean | null;
                    house_id?: number | null;
                    min_open_days?: number | null;
                    open?: boolean | null;
                    page?: number;
                    per_page?: number;
                    priority?: components["schemas"]["Priority"] | null;
                    q?: string | null;
                    sort?: "created_at" | "-created_at" | "updated_at" | "-updated_at" | "priority" | "-priority" | "number" | "-number";
                    status?: components["schemas"]["Status"] | null;
                    unassigned?: boolean | null;
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
                        "application/json": components["schemas"]["ServiceRequestPage"];
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
                /** @description The signed-in user lacks the `service_requests:manage` permission */
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
        /**
         * Report a problem: it gets the next SR number and the office is told.
         * @description A resident reports for one of their current houses, or a common area
         *     (house_id null); at most 10 a day.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ServiceRequestCreate"];
                };
            };
            responses: {
                /** @description Successful response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceRequestRead"];
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
                /** @description The signed-in user lacks the `service_requests:manage` permission */
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
                /** @description A resident has opened 10 requests today (code daily_limit) */
                429: {
                    headers: {
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
    "/api/v1/service-requests/{service_request_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show one request with its photos and the status changes open to the signed-in user. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    service_request_id: number;
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
                        "application/json": components["schemas"]["ServiceRequestRead"];
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
                /** @description The signed-in user lacks the `service_requests:manage` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such request, or not one of your houses' */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Staff: assign it (to a staff member), unassign it, change its priority or category. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    service_request_id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ServiceRequestUpdate"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceRequestRead"];
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
                /** @description The signed-in user lacks the `service_requests:manage` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such request, or not one of your houses' */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The request is finished (code request_finished) */
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
    "/api/v1/service-requests/{service_request_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The timeline, oldest first: comments and status changes (with their reasons).
         * @description Internal notes are included for staff only.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    service_request_id: number;
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
                        "application/json": components["schemas"]["CommentRead"][];
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
                /** @description The signed-in user lacks the `service_requests:manage` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such request, or not one of your houses' */
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
        put?: never;
        /** Comment on a request; a public comment tells the opener, an internal one nobody. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    service_request_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CommentCreate"];
                };
            };
            responses: {
                /** @description Successful response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommentRead"];
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
                /** @description The signed-in user lacks the `service_requests:manage` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such request, or not one of your houses' */
                404: {
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
    "/api/v1/service-requests/{service_request_id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a photo to a request (multipart/form-data, field `photo`). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    service_request_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description A JPEG, PNG or WebP photo (re-encoded; its EXIF and GPS dropped)
                         */
                        photo: string;
                    };
                };
            };
            responses: {
                /** @description Successful response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FileRead"];
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
                /** @description The signed-in user lacks the `service_requests:manage` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such request, or not one of your houses' */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The request is finished, or holds 10 photos */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Larger than UPLOAD_MAX_BYTES or UPLOAD_MAX_PIXELS */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not a JPEG, PNG or WebP image */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No file in the field, or one that cannot be read */
                422: {
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
    "/api/v1/service-requests/{service_request_id}/photos/{photo_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo's bytes, after the same access check as its request. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    photo_id: string;
                    service_request_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
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
                /** @description The signed-in user lacks the `service_requests:manage` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such photo on a request of yours */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{service_request_id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the status as village.md's table allows; the opener is told.
         * @description Staff: in_progress, on_hold (reason), rejected (reason), resolved. The opener:
         *     cancelled (from submitted), in_progress again within 7 days of resolution (a
         *     reopen), closed (with an optional rating 1-5 and rating_comment).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    service_request_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TransitionRequest"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceRequestRead"];
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
                /** @description The signed-in user lacks the `service_requests:manage` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such request, or not one of your houses' */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not in the status table: code illegal_transition, staff_only, opener_only or reopen_window_passed */
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
                /** @description A reason is required (on_hold, rejected), or a rating given when not closing */
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
    "/api/v1/service-requests/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The staff a request may be assigned to (active, managing requests village-wide). */
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
                        "application/json": components["schemas"]["RequestPerson"][];
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
                /** @description The signed-in user lacks the `service_requests:manage` permission */
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
            requestBody: {
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
            requestBody: {
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
                /** @description The person is or was a member of a house (history) */
                409: {
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
    "/api/v1/users/{user_id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a person by anonymising them: name, contacts and national ID gone, sign-in
         * @description disabled, sessions ended, memberships ended (kept as history). With `request_id`, that
         *     erasure request is completed too. Issued financial documents keep their names.
         */
        post: {
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
                    "application/json": components["schemas"]["EraseRequest"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErasureRead"];
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
                /** @description The signed-in user lacks the `privacy:manage` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such user, or no such request of theirs */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Already erased, the last super admin, or a request that is not a pending erasure request (see `code`) */
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
    "/api/v1/users/{user_id}/set-password-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a one-time link with which a person sets their password (earlier links stop working).
         * @description For people without a password of their own yet (an owner the office registered,
         *     a new account); audited. The office hands it over on paper, or the QR code.
         */
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
                /** @description Shown once: hand it over, or print it */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SetPasswordLink"];
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
                /** @description The person already chose their own password */
                409: {
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
    "/api/v1/village": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the village profile (anyone signed in). */
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
                        "application/json": components["schemas"]["VillageRead"];
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
        /** Change some fields of the village profile. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["VillageUpdate"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VillageRead"];
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
                /** @description The signed-in user lacks the `village:write` permission */
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
            requestBody: {
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
         * Sign in with an email or a phone number, and the password.
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
            requestBody: {
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
            requestBody: {
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
    "/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a password-reset link by email.
         * @description Always 202, whether or not the address has an account (nothing is told). An
         *     active account's address gets a link to DASHBOARD_URL/reset-password#token=…
         *     that works once within 30 minutes; an earlier unused one stops working.
         *     Rate-limited per address (RATELIMIT_PASSWORD_RESET) and per client (RATELIMIT_AUTH).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "email": "somchai@example.com"
                     *     }
                     */
                    "application/json": components["schemas"]["PasswordResetRequest"];
                };
            };
            responses: {
                /** @description Taken: a link is mailed if the address has an account */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PasswordResetAccepted"];
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
                /** @description Too many requests for this address or from this client */
                429: {
                    headers: {
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
    "/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset link's token; every session of the person ends.
         * @description The link works once. Then sign in as usual.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordResetConfirm"];
                };
            };
            responses: {
                /** @description Password set; every session of the person ended */
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
                /** @description The link is unknown, used or expired */
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
                /** @description A password the policy refuses (the link still works) */
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
            requestBody: {
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
    "/auth/registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Say whether people may sign up, for the sign-in page's "sign up" link. */
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
                        "application/json": components["schemas"]["RegistrationRead"];
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
    "/auth/set-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a password with a set-password link's token (from a letter or the office).
         * @description The link works once; every session of the person ends. Then sign in as usual.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SetPasswordRequest"];
                };
            };
            responses: {
                /** @description Password set; every session of the person ended */
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
                /** @description The link is unknown, used or expired */
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
                /** @description A password the policy refuses (the link still works) */
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
        /** AnnouncementCreate */
        AnnouncementCreate: {
            audience: components["schemas"]["Audience"];
            /**
             * Body
             * @description Markdown, at most 20,000 characters
             */
            body: string;
            /**
             * Expires At
             * @description Required when urgent
             * @default null
             */
            expires_at?: string | null;
            /**
             * Pinned
             * @default false
             */
            pinned?: boolean;
            /** @default normal */
            priority?: components["schemas"]["AnnouncementPriority"];
            /**
             * Publish At
             * @description Null: a draft; in the future: scheduled; now or past: publish now
             * @default null
             */
            publish_at?: string | null;
            /** Title */
            title: string;
        };
        /** AnnouncementPage */
        AnnouncementPage: {
            /** Items */
            items: components["schemas"]["AnnouncementRead"][];
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /**
             * Total
             * @description How many items match, on every page
             */
            total: number;
        };
        /**
         * AnnouncementPriority
         * @enum {string}
         */
        AnnouncementPriority: "normal" | "urgent";
        /** AnnouncementRead */
        AnnouncementRead: {
            /** Archived At */
            archived_at: string | null;
            /**
             * Attachments
             * @description Bytes at /api/v1/announcements/{id}/attachments/{file_id}
             */
            attachments: components["schemas"]["FileRead"][];
            audience: components["schemas"]["AudienceRead"];
            /** @description Null once the author's account is deleted */
            author: components["schemas"]["Author"] | null;
            /**
             * Body
             * @description Markdown as written
             */
            body: string;
            /**
             * Body Html
             * @description The server's sanitised rendering of the body
             */
            body_html: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Expires At */
            expires_at: string | null;
            /** Id */
            id: number;
            /** Pinned */
            pinned: boolean;
            priority: components["schemas"]["AnnouncementPriority"];
            /** Publish At */
            publish_at: string | null;
            /**
             * Read
             * @description Whether the person asking has opened it
             */
            read: boolean;
            /**
             * Read Count
             * @description Staff (announcements:write) only: how many of the audience read it
             */
            read_count: number | null;
            /**
             * Recipient Count
             * @description Staff (announcements:write) only: how many people it is addressed to now
             */
            recipient_count: number | null;
            status: components["schemas"]["AnnouncementStatus"];
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * AnnouncementStatus
         * @description Derived from the times, never stored (models.Announcement.status_at).
         * @enum {string}
         */
        AnnouncementStatus: "draft" | "scheduled" | "published" | "archived";
        /**
         * AnnouncementUpdate
         * @description Before publication every field; once published only `pinned` and `expires_at`
         *     (anything else that differs is 409 `announcement_published`).
         */
        AnnouncementUpdate: {
            /** @default null */
            audience?: components["schemas"]["Audience"] | null;
            /**
             * Body
             * @default null
             */
            body?: string | null;
            /**
             * Expires At
             * @default null
             */
            expires_at?: string | null;
            /**
             * Pinned
             * @default null
             */
            pinned?: boolean | null;
            /** @default null */
            priority?: components["schemas"]["AnnouncementPriority"] | null;
            /**
             * Publish At
             * @default null
             */
            publish_at?: string | null;
            /**
             * Title
             * @default null
             */
            title?: string | null;
        };
        /**
         * Audience
         * @description Whom an announcement is addressed to: `{"kind": "all"}`, `{"kind": "zones",
         *     "zones": [...]}`, `{"kind": "owners"}` or `{"kind": "houses", "house_ids": [...]}`.
         */
        Audience: {
            /**
             * House Ids
             * @description Kind houses only: ids of existing houses
             * @default null
             */
            house_ids?: number[] | null;
            kind: components["schemas"]["AudienceKind"];
            /**
             * Zones
             * @description Kind zones only: zones of existing houses
             * @default null
             */
            zones?: string[] | null;
        };
        /**
         * AudienceKind
         * @description Who an announcement is addressed to (village.md, "Announcements").
         * @enum {string}
         */
        AudienceKind: "all" | "zones" | "owners" | "houses";
        /** AudienceRead */
        AudienceRead: {
            /**
             * House Ids
             * @description Kind houses: the houses; otherwise empty
             */
            house_ids: number[];
            kind: components["schemas"]["AudienceKind"];
            /**
             * Zones
             * @description Kind zones: the zones; otherwise empty
             */
            zones: string[];
        };
        /**
         * AuditAction
         * @enum {string}
         */
        AuditAction: "login_succeeded" | "login_failed" | "account_locked" | "reauthentication_failed" | "logout" | "session_revoked" | "sessions_revoked" | "token_reuse_detected" | "user_registered" | "user_created" | "user_updated" | "user_deleted" | "user_unlocked" | "role_changed" | "profile_updated" | "password_changed" | "national_id_revealed" | "set_password_link_issued" | "password_set_with_link" | "password_reset_requested" | "password_reset" | "village_profile_updated" | "house_created" | "house_updated" | "house_archived" | "house_restored" | "house_deleted" | "houses_imported" | "member_added" | "member_updated" | "member_removed" | "membership_requested" | "membership_approved" | "membership_rejected" | "announcement_created" | "announcement_updated" | "announcement_published" | "announcement_archived" | "privacy_notice_published" | "privacy_notice_accepted" | "personal_data_exported" | "data_request_filed" | "data_request_completed" | "data_request_rejected" | "user_erased" | "service_request_opened" | "service_request_updated" | "service_request_status_changed" | "service_request_commented" | "service_request_photo_added" | "finance_settings_updated" | "fee_item_created" | "fee_item_updated" | "fee_schedule_created" | "fee_schedule_updated" | "billing_run_created" | "billing_run_posted" | "billing_run_discarded" | "invoice_issued" | "invoice_voided" | "payment_recorded" | "payment_confirmed" | "payment_cancelled" | "payment_reversed" | "receipt_reprinted" | "payment_slip_submitted" | "payment_slip_updated" | "payment_slip_accepted" | "payment_slip_needs_fix" | "payment_slip_rejected" | "payment_slip_withdrawn" | "forced_logout" | "jwt_key_rotation_started" | "audit_pruned";
        /** AuditEventPage */
        AuditEventPage: {
            /** Items */
            items: components["schemas"]["AuditEventRead"][];
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /**
             * Total
             * @description How many items match, on every page
             */
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
        /** Author */
        Author: {
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
        };
        /**
         * Category
         * @enum {string}
         */
        Category: "repair" | "electric" | "water" | "road_lighting" | "garden" | "security" | "garbage" | "noise_neighbour" | "pets" | "other";
        /** ChangePasswordRequest */
        ChangePasswordRequest: {
            /** Current Password */
            current_password: string;
            /** New Password */
            new_password: string;
        };
        /** CommentCreate */
        CommentCreate: {
            /** Body */
            body: string;
            /**
             * Internal
             * @description Staff only: a note residents never see
             * @default false
             */
            internal?: boolean;
        };
        /**
         * CommentRead
         * @description An entry of the timeline: a comment, or a status change (status_to set) with its
         *     reason as the body.
         */
        CommentRead: {
            /** @description Null for an automatic change */
            author: components["schemas"]["RequestPerson"] | null;
            /** Body */
            body: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /** Internal */
            internal: boolean;
            status_from: components["schemas"]["Status"] | null;
            status_to: components["schemas"]["Status"] | null;
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
        /**
         * DataExport
         * @description Everything the village holds about the person, by part (see docs/privacy.md).
         */
        DataExport: {
            /**
             * Format
             * @default village-personal-data-export
             * @constant
             */
            format: "village-personal-data-export";
            /**
             * Format Version
             * @default 1
             */
            format_version: number;
            /**
             * Generated At
             * Format: date-time
             */
            generated_at: string;
            /**
             * Parts
             * @description One member per part: profile, memberships, membership_requests, privacy_notice_acceptances, data_requests, sessions, audit_events, files, ...
             */
            parts: {
                [key: string]: unknown;
            };
            /** User Id */
            user_id: number;
        };
        /** DataRequestCreate */
        DataRequestCreate: {
            /**
             * Details
             * @description What to correct, what to erase, what use to stop ...
             * @default null
             */
            details?: string | null;
            type: components["schemas"]["DataRequestType"];
        };
        /** DataRequestDecision */
        DataRequestDecision: {
            /**
             * Note
             * @description What was done, or (reject) why: PDPA s.30 para. 3
             */
            note: string;
        };
        /** DataRequestPage */
        DataRequestPage: {
            /** Items */
            items: components["schemas"]["DataRequestRead"][];
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /**
             * Total
             * @description How many items match, on every page
             */
            total: number;
        };
        /**
         * DataRequestRead
         * @description A data-subject request. Due 30 days after it arrived (PDPA s.30 para. 3).
         */
        DataRequestRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Decided At */
            decided_at: string | null;
            decided_by: components["schemas"]["PrivacyPersonRef"] | null;
            /**
             * Decision Note
             * @description What was done, or why it was refused
             */
            decision_note: string | null;
            /** Details */
            details: string | null;
            /**
             * Due On
             * Format: date
             * @description The village's date of arrival + 30 days
             */
            due_on: string;
            /** Id */
            id: number;
            /**
             * Overdue
             * @description Still pending after due_on
             */
            overdue: boolean;
            status: components["schemas"]["DataRequestStatus"];
            type: components["schemas"]["DataRequestType"];
            user: components["schemas"]["PrivacyPersonRef"];
        };
        /**
         * DataRequestStatus
         * @enum {string}
         */
        DataRequestStatus: "pending" | "completed" | "rejected";
        /**
         * DataRequestType
         * @description What a data subject asks for (PDPA B.E. 2562 ss.30-36).
         * @enum {string}
         */
        DataRequestType: "access" | "rectification" | "erasure" | "objection";
        /** EraseRequest */
        EraseRequest: {
            /**
             * Note
             * @description The completed request's note
             * @default null
             */
            note?: string | null;
            /**
             * Request Id
             * @description The erasure request this answers, if any
             * @default null
             */
            request_id?: number | null;
        };
        /** ErasureRead */
        ErasureRead: {
            /**
             * Erased At
             * Format: date-time
             */
            erased_at: string;
            /**
             * Full Name
             * @description The anonymised name the account now carries
             */
            full_name: string;
            /** User Id */
            user_id: number;
        };
        /**
         * FileKind
         * @description What a file is for (stored as text: a new kind is one line here, no migration).
         * @enum {string}
         */
        FileKind: "service_request_photo" | "announcement_attachment" | "payment_slip";
        /**
         * FileRead
         * @description A stored file as the API shows it; its bytes are served by the owner's route,
         *     e.g. GET /api/v1/service-requests/{id}/photos/{file_id}.
         */
        FileRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Filename
             * @description The name it was uploaded with (cleaned)
             */
            filename: string;
            /**
             * Height
             * @description Pixels; null for a PDF
             */
            height: number | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            kind: components["schemas"]["FileKind"];
            /**
             * Mime
             * @description Its content type, judged from its content
             * @example image/jpeg
             */
            mime: string;
            /** Size Bytes */
            size_bytes: number;
            /**
             * Width
             * @description Pixels; null for a PDF
             */
            width: number | null;
        };
        /** HouseCreate */
        HouseCreate: {
            /**
             * Billable From
             * @default null
             */
            billable_from?: string | null;
            /**
             * Developer Owned
             * @default false
             */
            developer_owned?: boolean;
            /** House Number */
            house_number: string;
            /**
             * Land Area Sq Wah
             * @default null
             */
            land_area_sq_wah?: number | null;
            /**
             * Notes
             * @default null
             */
            notes?: string | null;
            /** @default occupied */
            occupancy?: components["schemas"]["Occupancy"];
            /**
             * Plot Number
             * @default null
             */
            plot_number?: string | null;
            /** @default residential */
            plot_type?: components["schemas"]["PlotType"];
            /**
             * Title Deed Number
             * @default null
             */
            title_deed_number?: string | null;
            /**
             * Usable Area Sqm
             * @default null
             */
            usable_area_sqm?: number | null;
            /**
             * Zone
             * @default null
             */
            zone?: string | null;
        };
        /**
         * HouseDetail
         * @description One house with its current members, the primary contact first.
         */
        HouseDetail: {
            /** Archived At */
            archived_at: string | null;
            /**
             * Balance Satang
             * @description What the house owes now, in satang
             * @default 0
             */
            balance_satang: number;
            /**
             * Billable From
             * @description The first billed month (YYYY-MM)
             */
            billable_from: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Developer Owned
             * @description Billed to the developer while true
             */
            developer_owned: boolean;
            /** House Number */
            house_number: string;
            /** Id */
            id: number;
            /**
             * Land Area Sq Wah
             * @description Square wah (ตารางวา), two decimals
             */
            land_area_sq_wah: number | null;
            /** Members */
            members: components["schemas"]["MemberRead"][];
            /** Notes */
            notes: string | null;
            occupancy: components["schemas"]["Occupancy"];
            /** Plot Number */
            plot_number: string | null;
            plot_type: components["schemas"]["PlotType"];
            /** Title Deed Number */
            title_deed_number: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /**
             * Usable Area Sqm
             * @description Square metres, two decimals
             */
            usable_area_sqm: number | null;
            /** Zone */
            zone: string | null;
        };
        /** HousePage */
        HousePage: {
            /** Items */
            items: components["schemas"]["HouseRead"][];
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /**
             * Total
             * @description How many items match, on every page
             */
            total: number;
        };
        /** HouseRead */
        HouseRead: {
            /** Archived At */
            archived_at: string | null;
            /**
             * Balance Satang
             * @description What the house owes now, in satang
             * @default 0
             */
            balance_satang: number;
            /**
             * Billable From
             * @description The first billed month (YYYY-MM)
             */
            billable_from: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Developer Owned
             * @description Billed to the developer while true
             */
            developer_owned: boolean;
            /** House Number */
            house_number: string;
            /** Id */
            id: number;
            /**
             * Land Area Sq Wah
             * @description Square wah (ตารางวา), two decimals
             */
            land_area_sq_wah: number | null;
            /** Notes */
            notes: string | null;
            occupancy: components["schemas"]["Occupancy"];
            /** Plot Number */
            plot_number: string | null;
            plot_type: components["schemas"]["PlotType"];
            /** Title Deed Number */
            title_deed_number: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /**
             * Usable Area Sqm
             * @description Square metres, two decimals
             */
            usable_area_sqm: number | null;
            /** Zone */
            zone: string | null;
        };
        /**
         * HouseReplace
         * @description PUT: every field; optional ones left out are cleared.
         */
        HouseReplace: {
            /**
             * Billable From
             * @default null
             */
            billable_from?: string | null;
            /**
             * Developer Owned
             * @default false
             */
            developer_owned?: boolean;
            /** House Number */
            house_number: string;
            /**
             * Land Area Sq Wah
             * @default null
             */
            land_area_sq_wah?: number | null;
            /**
             * Notes
             * @default null
             */
            notes?: string | null;
            /** @default occupied */
            occupancy?: components["schemas"]["Occupancy"];
            /**
             * Plot Number
             * @default null
             */
            plot_number?: string | null;
            /** @default residential */
            plot_type?: components["schemas"]["PlotType"];
            /**
             * Title Deed Number
             * @default null
             */
            title_deed_number?: string | null;
            /**
             * Usable Area Sqm
             * @default null
             */
            usable_area_sqm?: number | null;
            /**
             * Zone
             * @default null
             */
            zone?: string | null;
        };
        /**
         * HouseUpdate
         * @description PATCH: only the fields sent change; null clears an optional field.
         */
        HouseUpdate: {
            /**
             * Billable From
             * @default null
             */
            billable_from?: string | null;
            /**
             * Developer Owned
             * @default null
             */
            developer_owned?: boolean | null;
            /**
             * House Number
             * @default null
             */
            house_number?: string | null;
            /**
             * Land Area Sq Wah
             * @default null
             */
            land_area_sq_wah?: number | null;
            /**
             * Notes
             * @default null
             */
            notes?: string | null;
            /** @default null */
            occupancy?: components["schemas"]["Occupancy"] | null;
            /**
             * Plot Number
             * @default null
             */
            plot_number?: string | null;
            /** @default null */
            plot_type?: components["schemas"]["PlotType"] | null;
            /**
             * Title Deed Number
             * @default null
             */
            title_deed_number?: string | null;
            /**
             * Usable Area Sqm
             * @default null
             */
            usable_area_sqm?: number | null;
            /**
             * Zone
             * @default null
             */
            zone?: string | null;
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
        /** ImportProblem */
        ImportProblem: {
            /** Field */
            field: string;
            /** Message */
            message: string;
            /**
             * Row
             * @description The row in the file, counting the header as row 1
             */
            row: number;
        };
        /**
         * ImportReport
         * @description What an import did (or, in a dry run, would do); with errors it wrote nothing.
         */
        ImportReport: {
            /** Created */
            created: number;
            /** Dry Run */
            dry_run: boolean;
            /** Errors */
            errors: components["schemas"]["ImportProblem"][];
            /** Unchanged */
            unchanged: number;
            /** Updated */
            updated: number;
        };
        /**
         * Invitation
         * @description A letter's content for one person: their one-time set-password link.
         */
        Invitation: {
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            person: components["schemas"]["PersonRef"];
            /** Qr Svg */
            qr_svg: string;
            relation: components["schemas"]["Relation"];
            /** Url */
            url: string;
        };
        /**
         * InvitationLetter
         * @description One house's letter: its number and an invitation per member without a password.
         */
        InvitationLetter: {
            /** House Id */
            house_id: number;
            /** House Number */
            house_number: string;
            /** Invitations */
            invitations: components["schemas"]["Invitation"][];
        };
        /** InvitationRequest */
        InvitationRequest: {
            /** House Ids */
            house_ids: number[];
        };
        /**
         * Language
         * @description The language a person reads the system's mail and pages in (Thai first).
         * @enum {string}
         */
        Language: "th" | "en";
        /**
         * LoginRequest
         * @description Sign in with an email or a phone number, and the password.
         *
         *     Plain strings: a malformed email or phone is just an unknown account (401), so
         *     the answer never tells a typo from a wrong password.
         */
        LoginRequest: {
            /**
             * Email
             * @default null
             */
            email?: string | null;
            /** Password */
            password: string;
            /**
             * Phone
             * @default null
             */
            phone?: string | null;
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
             * Password Change Required
             * @description True: this session may only read /auth/me, change the password and sign out until the password given by the office is changed
             */
            password_change_required: boolean;
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
            token_type: "bearer";
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
            email: string | null;
            /** Full Name */
            full_name: string;
            /**
             * Has Password
             * @description False until the person sets a password (a set-password link)
             */
            has_password: boolean;
            /**
             * House Number
             * @description Read-only: the numbers of the houses the person is a current member of
             */
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
            /**
             * Password Change Required
             * @description The password was given by an administrator: the person must change it
             */
            password_change_required: boolean;
            /**
             * Phone
             * @description A Thai mobile number in E.164 (+66…)
             */
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
         * MemberAdd
         * @description Add a member: an existing person by `user_id`, or by name with a phone or an email
         *     (a person with that phone or email is linked, never created twice).
         */
        MemberAdd: {
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
             * Is Primary Contact
             * @default false
             */
            is_primary_contact?: boolean;
            /**
             * Moved In On
             * @default null
             */
            moved_in_on?: string | null;
            /**
             * Phone
             * @default null
             */
            phone?: string | null;
            relation: components["schemas"]["Relation"];
            /**
             * User Id
             * @default null
             */
            user_id?: number | null;
        };
        /** MemberRead */
        MemberRead: {
            /** Id */
            id: number;
            /**
             * Is Primary Contact
             * @description The bill-to person; one per house
             */
            is_primary_contact: boolean;
            /** Moved In On */
            moved_in_on: string | null;
            /**
             * Moved Out On
             * @description Null while the membership is current
             */
            moved_out_on: string | null;
            relation: components["schemas"]["Relation"];
            user: components["schemas"]["PersonRef"];
        };
        /** MembershipApproval */
        MembershipApproval: {
            /**
             * House Id
             * @description Default: the house with the number given
             * @default null
             */
            house_id?: number | null;
        };
        /** MembershipRejection */
        MembershipRejection: {
            /** Note */
            note: string;
        };
        /** MembershipRequestPage */
        MembershipRequestPage: {
            /** Items */
            items: components["schemas"]["MembershipRequestRead"][];
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /**
             * Total
             * @description How many items match, on every page
             */
            total: number;
        };
        /** MembershipRequestRead */
        MembershipRequestRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Decided At */
            decided_at: string | null;
            /** Decision Note */
            decision_note: string | null;
            /**
             * House Id
             * @description The house it was linked to, once approved
             */
            house_id: number | null;
            /** House Number */
            house_number: string;
            /** Id */
            id: number;
            relation: components["schemas"]["Relation"];
            status: components["schemas"]["RequestStatus"];
            user: components["schemas"]["PersonRef"];
        };
        /**
         * MemberUpdate
         * @description PATCH a membership; `moved_out_on` ends it (it stays as history).
         */
        MemberUpdate: {
            /**
             * Is Primary Contact
             * @description true makes this member the primary contact (the other one stops)
             * @default null
             */
            is_primary_contact?: true | null;
            /**
             * Moved In On
             * @default null
             */
            moved_in_on?: string | null;
            /**
             * Moved Out On
             * @default null
             */
            moved_out_on?: string | null;
            /** @default null */
            relation?: components["schemas"]["Relation"] | null;
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
            email: string | null;
            /**
             * Email Opt Out
             * @description True: only essential email (password reset, account mails)
             */
            email_opt_out: boolean;
            /** Full Name */
            full_name: string;
            /**
             * Has Password
             * @description False until the person sets a password (a set-password link)
             */
            has_password: boolean;
            /**
             * House Number
             * @description Read-only: the numbers of the houses the person is a current member of
             */
            house_number: string | null;
            /** Id */
            id: number;
            /** @description The language of their email: th, en */
            language: components["schemas"]["Language"];
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
            /**
             * Password Change Required
             * @description The password was given by an administrator: the person must change it
             */
            password_change_required: boolean;
            /** Permissions */
            permissions: components["schemas"]["Permission"][];
            /**
             * Phone
             * @description A Thai mobile number in E.164 (+66…)
             */
            phone: string | null;
            /**
             * Privacy Notice Pending
             * @description True until the person accepts the current privacy notice (GET /api/v1/privacy-notice, POST /api/v1/privacy-notice/accept)
             */
            privacy_notice_pending: boolean;
            role: components["schemas"]["Role"];
            /** @description How far the permissions reach: `all`, or `own_houses` (a resident: the houses they are a current member of) */
            scope: components["schemas"]["Scope"];
            status: components["schemas"]["UserStatus"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * MyHouse
         * @description A resident's house, with its current members.
         */
        MyHouse: {
            /** Archived At */
            archived_at: string | null;
            /**
             * Balance Satang
             * @description What the house owes now, in satang
             * @default 0
             */
            balance_satang: number;
            /**
             * Billable From
             * @description The first billed month (YYYY-MM)
             */
            billable_from: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Developer Owned
             * @description Billed to the developer while true
             */
            developer_owned: boolean;
            /** House Number */
            house_number: string;
            /** Id */
            id: number;
            /**
             * Land Area Sq Wah
             * @description Square wah (ตารางวา), two decimals
             */
            land_area_sq_wah: number | null;
            /** Members */
            members: components["schemas"]["MemberRead"][];
            /** Notes */
            notes: string | null;
            occupancy: components["schemas"]["Occupancy"];
            /** Plot Number */
            plot_number: string | null;
            plot_type: components["schemas"]["PlotType"];
            /** Title Deed Number */
            title_deed_number: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /**
             * Usable Area Sqm
             * @description Square metres, two decimals
             */
            usable_area_sqm: number | null;
            /** Zone */
            zone: string | null;
        };
        /** NationalIdRead */
        NationalIdRead: {
            /**
             * National Id
             * @description The full 13-digit number (its reading is audited)
             */
            national_id: string;
        };
        /** NoticeAccept */
        NoticeAccept: {
            /**
             * Version
             * @description The version read
             */
            version: number;
        };
        /** NoticePage */
        NoticePage: {
            /** Items */
            items: components["schemas"]["NoticeVersionRead"][];
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /**
             * Total
             * @description How many items match, on every page
             */
            total: number;
        };
        /**
         * NoticePublish
         * @description A new version of the notice: it becomes current and everyone accepts it again.
         */
        NoticePublish: {
            /** Text En */
            text_en: string;
            /** Text Th */
            text_th: string;
        };
        /**
         * NoticeRead
         * @description A version of the privacy notice, and whether the signed-in user accepted it.
         */
        NoticeRead: {
            /**
             * Accepted At
             * @description When the signed-in user accepted this version; null: not yet
             */
            accepted_at: string | null;
            /**
             * Published At
             * Format: date-time
             */
            published_at: string;
            /** Text En */
            text_en: string;
            /** Text Th */
            text_th: string;
            /** Version */
            version: number;
        };
        /**
         * NoticeVersionRead
         * @description A version of the notice, for the office.
         */
        NoticeVersionRead: {
            /**
             * Accepted Count
             * @description How many people accepted this version
             */
            accepted_count: number;
            /**
             * Published At
             * Format: date-time
             */
            published_at: string;
            /** Text En */
            text_en: string;
            /** Text Th */
            text_th: string;
            /** Version */
            version: number;
        };
        /**
         * NotificationEvent
         * @enum {string}
         */
        NotificationEvent: "announcement_published" | "service_request_submitted" | "service_request_status_changed" | "service_request_commented" | "service_request_assigned" | "data_request_submitted" | "data_request_decided" | "invoice_issued" | "payment_slip_decided" | "payment_slip_submitted" | "payment_awaiting_confirmation";
        /** NotificationPage */
        NotificationPage: {
            /** Items */
            items: components["schemas"]["NotificationRead"][];
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /**
             * Total
             * @description How many items match, on every page
             */
            total: number;
        };
        /** NotificationRead */
        NotificationRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            event: components["schemas"]["NotificationEvent"];
            /** Id */
            id: number;
            /**
             * Link
             * @description The dashboard path the notification opens
             */
            link: string | null;
            /**
             * Params
             * @description What the dashboard needs to word the event (see each event's params)
             */
            params: {
                [key: string]: string | number | boolean | null;
            };
            /** Read At */
            read_at: string | null;
        };
        /**
         * Occupancy
         * @enum {string}
         */
        Occupancy: "occupied" | "vacant" | "under_construction";
        /** PasswordPolicyRead */
        PasswordPolicyRead: {
            /** Max Length */
            max_length: number;
            /** Min Length */
            min_length: number;
            /** Rules */
            rules: string[];
        };
        /** PasswordResetAccepted */
        PasswordResetAccepted: {
            /**
             * Detail
             * @description The same words whether or not the address has an account
             */
            detail: string;
        };
        /**
         * PasswordResetConfirm
         * @description A reset link's token (from its #token= part) and the new password.
         */
        PasswordResetConfirm: {
            /** New Password */
            new_password: string;
            /** Token */
            token: string;
        };
        /**
         * PasswordResetRequest
         * @description The address to mail a reset link to. Any text is taken (and answered 202 alike):
         *     whether it is an account's address is never told.
         */
        PasswordResetRequest: {
            /** Email */
            email: string;
        };
        /**
         * Permission
         * @enum {string}
         */
        Permission: "profile:read" | "profile:write" | "users:read" | "users:write" | "users:delete" | "village:write" | "houses:read" | "houses:write" | "announcements:write" | "service_requests:manage" | "privacy:manage" | "finance:read" | "finance:write" | "payments:record" | "finance:approve" | "finance:reopen" | "audit:read" | "sessions:revoke_any";
        /**
         * PersonRef
         * @description A person as a house shows them.
         */
        PersonRef: {
            /** Email */
            email: string | null;
            /** Full Name */
            full_name: string;
            /**
             * Has Password
             * @description False until they set a password (a letter's link)
             */
            has_password: boolean;
            /** Id */
            id: number;
            /** Phone */
            phone: string | null;
        };
        /**
         * PlotType
         * @enum {string}
         */
        PlotType: "residential" | "commercial" | "vacant_land";
        /** Preview */
        Preview: {
            /**
             * Body Html
             * @description The sanitised HTML the body renders to
             */
            body_html: string;
        };
        /** PreviewRequest */
        PreviewRequest: {
            /**
             * Body
             * @description Markdown
             */
            body: string;
        };
        /**
         * Priority
         * @enum {string}
         */
        Priority: "low" | "normal" | "high" | "urgent";
        /** PrivacyPersonRef */
        PrivacyPersonRef: {
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
        };
        /**
         * ProfileReplace
         * @description PUT /auth/me: the whole editable profile; optional fields left out are cleared.
         */
        ProfileReplace: {
            /**
             * Current Password
             * @description Required to change the email or the phone
             * @default null
             */
            current_password?: string | null;
            /**
             * Email
             * @description Unchanged when left out
             * @default null
             */
            email?: string | null;
            /**
             * Email Opt Out
             * @description Unchanged when left out
             * @default null
             */
            email_opt_out?: boolean | null;
            /** Full Name */
            full_name: string;
            /**
             * @description Unchanged when left out
             * @default null
             */
            language?: components["schemas"]["Language"] | null;
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
         * @description PATCH /auth/me: only the fields sent change. Changing the email or the phone (what
         *     one signs in with) needs the current password.
         */
        ProfileUpdate: {
            /**
             * Current Password
             * @description Required to change the email or the phone
             * @default null
             */
            current_password?: string | null;
            /**
             * Email
             * @default null
             */
            email?: string | null;
            /**
             * Email Opt Out
             * @description True: only essential email (password reset, account mails)
             * @default null
             */
            email_opt_out?: boolean | null;
            /**
             * Full Name
             * @default null
             */
            full_name?: string | null;
            /**
             * @description The language of their email: th, en
             * @default null
             */
            language?: components["schemas"]["Language"] | null;
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
        /**
         * RegisterRequest
         * @description A resident signs up with an email or a Thai mobile number (or both), and says which
         *     house they live at and as what: the office confirms it before they see its data.
         */
        RegisterRequest: {
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
            /** Full Name */
            full_name: string;
            /**
             * House Number
             * @description The house they live at
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
            /**
             * @description As what: owner, tenant, family ...
             * @default null
             */
            relation?: components["schemas"]["Relation"] | null;
        };
        /** RegistrationRead */
        RegistrationRead: {
            /**
             * Mode
             * @description open: new residents are active at once; approval: they wait for the office; closed: POST /auth/register answers 403
             * @enum {string}
             */
            mode: "open" | "approval" | "closed";
        };
        /**
         * Relation
         * @enum {string}
         */
        Relation: "owner" | "co_owner" | "tenant" | "family" | "agent";
        /** RequestHouse */
        RequestHouse: {
            /** House Number */
            house_number: string;
            /** Id */
            id: number;
        };
        /**
         * RequestPerson
         * @description A person as a request shows them (opener, assignee, a comment's author).
         */
        RequestPerson: {
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
        };
        /**
         * RequestStatus
         * @enum {string}
         */
        RequestStatus: "pending" | "approved" | "rejected";
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
         * Scope
         * @description Which objects a role's permissions reach (village.md, "Object-level access").
         * @enum {string}
         */
        Scope: "all" | "own_houses";
        /** ServiceRequestCreate */
        ServiceRequestCreate: {
            category: components["schemas"]["Category"];
            /** Description */
            description: string;
            /**
             * House Id
             * @description Null for a common area; a resident: one of their current houses
             * @default null
             */
            house_id?: number | null;
            /** @default normal */
            priority?: components["schemas"]["Priority"];
            /** Title */
            title: string;
        };
        /** ServiceRequestPage */
        ServiceRequestPage: {
            /** Items */
            items: components["schemas"]["ServiceRequestRead"][];
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /**
             * Total
             * @description How many items match, on every page
             */
            total: number;
        };
        /** ServiceRequestRead */
        ServiceRequestRead: {
            /**
             * Allowed Transitions
             * @description The statuses the signed-in user may move it to now (for buttons)
             */
            allowed_transitions: components["schemas"]["Status"][];
            assignee: components["schemas"]["RequestPerson"] | null;
            category: components["schemas"]["Category"];
            /**
             * Closed At
             * @description When it reached closed, cancelled or rejected
             */
            closed_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string;
            /**
             * First Response At
             * @description When the office first took it up
             */
            first_response_at: string | null;
            house: components["schemas"]["RequestHouse"] | null;
            /**
             * House Id
             * @description Null for a common area
             */
            house_id: number | null;
            /** Id */
            id: number;
            /**
             * Number
             * @example SR2569-000310
             */
            number: string;
            opened_by: components["schemas"]["RequestPerson"];
            /** Photos */
            photos: components["schemas"]["FileRead"][];
            priority: components["schemas"]["Priority"];
            /**
             * Rating
             * @description 1-5, given by the opener when closing
             */
            rating: number | null;
            /** Rating Comment */
            rating_comment: string | null;
            /** Reopen Count */
            reopen_count: number;
            /** Resolved At */
            resolved_at: string | null;
            status: components["schemas"]["Status"];
            /** Title */
            title: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * ServiceRequestUpdate
         * @description The office's triage: who works it, how urgent it is, what kind it is.
         */
        ServiceRequestUpdate: {
            /**
             * Assignee Id
             * @description A staff user; null unassigns
             * @default null
             */
            assignee_id?: number | null;
            /** @default null */
            category?: components["schemas"]["Category"] | null;
            /** @default null */
            priority?: components["schemas"]["Priority"] | null;
        };
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
            current: boolean;
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
        /**
         * SetPasswordLink
         * @description A one-time link with which a person sets their password; shown once.
         */
        SetPasswordLink: {
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Qr Svg
             * @description The link as a QR code (SVG), for a printed letter
             */
            qr_svg: string;
            /**
             * Token
             * @description The one-time token (the link holds it too)
             */
            token: string;
            /**
             * Url
             * @description The dashboard's set-password page with the token
             */
            url: string;
        };
        /**
         * SetPasswordRequest
         * @description A set-password link's token (from its #token= part) and the new password.
         */
        SetPasswordRequest: {
            /** New Password */
            new_password: string;
            /** Token */
            token: string;
        };
        /**
         * Status
         * @enum {string}
         */
        Status: "submitted" | "in_progress" | "on_hold" | "resolved" | "rejected" | "cancelled" | "closed";
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
            token_type: "bearer";
        };
        /** TransitionRequest */
        TransitionRequest: {
            /**
             * Rating
             * @description Only when the opener closes it: 1-5
             * @default null
             */
            rating?: number | null;
            /**
             * Rating Comment
             * @description Only with a close
             * @default null
             */
            rating_comment?: string | null;
            /**
             * Reason
             * @description Required for on_hold and rejected; shown to the opener
             * @default null
             */
            reason?: string | null;
            to: components["schemas"]["Status"];
        };
        /** UnreadCount */
        UnreadCount: {
            /** Unread */
            unread: number;
        };
        /**
         * UserCreate
         * @description A new person. Without a password they sign in after a set-password link; with one
         *     (an initial password the office hands over) they must change it at first sign-in.
         */
        UserCreate: {
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
            /** Full Name */
            full_name: string;
            /**
             * National Id
             * @default null
             */
            national_id?: string | null;
            /**
             * Password
             * @description An initial password the person must change at first sign-in
             * @default null
             */
            password?: string | null;
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
        /**
         * UserPage
         * @description Built straight from the ORM rows: one validation per user, masking included.
         */
        UserPage: {
            /** Items */
            items: components["schemas"]["MaskedUserRead"][];
            /** Page */
            page: number;
            /** Per Page */
            per_page: number;
            /**
             * Total
             * @description How many items match, on every page
             */
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
            email: string | null;
            /** Full Name */
            full_name: string;
            /**
             * Has Password
             * @description False until the person sets a password (a set-password link)
             */
            has_password: boolean;
            /**
             * House Number
             * @description Read-only: the numbers of the houses the person is a current member of
             */
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
            /**
             * Password Change Required
             * @description The password was given by an administrator: the person must change it
             */
            password_change_required: boolean;
            /**
             * Phone
             * @description A Thai mobile number in E.164 (+66…)
             */
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
            /**
             * Email
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
         * @description PATCH: only the fields sent change; null clears an optional field. Passwords are
         *     never set here: issue a set-password link (or the person changes their own).
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
             * National Id
             * @default null
             */
            national_id?: string | null;
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
        /** VillageRead */
        VillageRead: {
            /** Address */
            address: string | null;
            /** Email */
            email: string | null;
            /**
             * Fiscal Year Start Month
             * @description 1-12; numbers documents by fiscal year
             */
            fiscal_year_start_month: number;
            /**
             * Juristic Person Name
             * @description นิติบุคคลหมู่บ้านจัดสรร ...
             */
            juristic_person_name: string | null;
            /** Name En */
            name_en: string;
            /** Name Th */
            name_th: string;
            /** Office Hours */
            office_hours: string | null;
            /**
             * Phone
             * @description E.164 (+66…)
             */
            phone: string | null;
            /**
             * Tax Id
             * @description 13 digits, check digit verified
             */
            tax_id: string | null;
            /**
             * Timezone
             * @description Every 'which day, which month' is decided in it
             */
            timezone: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * VillageUpdate
         * @description PATCH: only the fields sent change; null clears an optional field.
         */
        VillageUpdate: {
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
             * Fiscal Year Start Month
             * @default null
             */
            fiscal_year_start_month?: number | null;
            /**
             * Juristic Person Name
             * @default null
             */
            juristic_person_name?: string | null;
            /**
             * Name En
             * @default null
             */
            name_en?: string | null;
            /**
             * Name Th
             * @default null
             */
            name_th?: string | null;
            /**
             * Office Hours
             * @default null
             */
            office_hours?: string | null;
            /**
             * Phone
             * @default null
             */
            phone?: string | null;
            /**
             * Tax Id
             * @default null
             */
            tax_id?: string | null;
            /**
             * Timezone
             * @default null
             */
            timezone?: string | null;
        };
        /**
         * ZoneList
         * @description The zones in use, in order.
         */
        ZoneList: string[];
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
