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
    "/api/v1/billing-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Billing runs, newest first (without their per-house detail). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    period?: string | null;
                    sort?: "created_at" | "-created_at" | "period" | "-period";
                    status?: components["schemas"]["RunStatus"] | null;
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
                        "application/json": components["schemas"]["BillingRunPage"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
         * Preview a run: per house the invoice it would issue, and the houses skipped with
         * @description why. Nothing is numbered or billed until it is posted.
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
                    "application/json": components["schemas"]["BillingRunCreate"];
                };
            };
            responses: {
                /** @description Successful response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BillingRunRead"];
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
                /** @description The signed-in user lacks the `finance:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The issue date is in a closed month: its issue date is in a closed month (code period_closed) */
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
    "/api/v1/billing-runs/{billing_run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One run with its preview (or, once posted, what it issued) and skipped houses. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    billing_run_id: number;
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
                        "application/json": components["schemas"]["BillingRunRead"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
        put?: never;
        post?: never;
        /** Discard a preview (kept, marked discarded). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    billing_run_id: number;
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
                        "application/json": components["schemas"]["BillingRunRead"];
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
                /** @description The signed-in user lacks the `finance:write` permission */
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
                /** @description The run is posted or discarded (code run_posted / run_discarded) */
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
    "/api/v1/billing-runs/{billing_run_id}/post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue the run's invoices (numbered now; lines billed meanwhile are left out), spend
         * @description each house's credit on them and notify the houses' members.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    billing_run_id: number;
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
                        "application/json": components["schemas"]["BillingRunRead"];
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
                /** @description The signed-in user lacks the `finance:write` permission */
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
                /** @description The run is posted or discarded (code run_posted / run_discarded); or its issue date is in a closed month (code period_closed) */
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
    "/api/v1/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Certificates issued, newest number first; `q` matches the number or house number. */
        get: {
            parameters: {
                query?: {
                    house_id?: number | null;
                    page?: number;
                    per_page?: number;
                    q?: string | null;
                    sort?: "issue_date" | "-issue_date" | "number" | "-number";
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
                        "application/json": components["schemas"]["CertificatePage"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
    "/api/v1/certificates/{certificate_number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify a certificate by its number: the house and owners it names, its dates,
         * @description who issued it, and whether it is still `valid` today.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    certificate_number: string;
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
                        "application/json": components["schemas"]["CertificateRead"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No certificate with this number (a resident: always) */
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
    "/api/v1/certificates/{certificate_number}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Print the certificate: a Thai formal letter on the village's letterhead, with a QR
         * @description of its number.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    certificate_number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The certificate as a PDF (A4, Thai) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No certificate with this number (a resident: always) */
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
    "/api/v1/credit-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List credit notes, newest first by default, with filters.
         * @description Staff see every note (pending, issued, rejected); a resident sees their current
         *     houses' issued notes only.
         */
        get: {
            parameters: {
                query?: {
                    house_id?: number | null;
                    invoice_id?: number | null;
                    page?: number;
                    per_page?: number;
                    q?: string | null;
                    sort?: "created_at" | "-created_at" | "issue_date" | "-issue_date" | "number" | "-number" | "amount_satang" | "-amount_satang";
                    status?: components["schemas"]["CreditNoteStatus"] | null;
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
                        "application/json": components["schemas"]["CreditNotePage"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
         * Ask for a credit note on an invoice (the maker): it waits `pending_approval`,
         * @description unnumbered, until someone else approves it.
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
                    "application/json": components["schemas"]["CreditNoteCreate"];
                };
            };
            responses: {
                /** @description Successful response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreditNoteRead"];
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
                /** @description The signed-in user lacks the `finance:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The invoice is void (code invoice_void) or owes less than the amount (code exceeds_outstanding) */
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
                /** @description Unknown invoice, amount not a positive integer, or no reason */
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
    "/api/v1/credit-notes/{credit_note_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show one credit note. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    credit_note_id: number;
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
                        "application/json": components["schemas"]["CreditNoteRead"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such credit note, or not one a resident may see (their houses' issued) */
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
    "/api/v1/credit-notes/{credit_note_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a pending credit note (the checker, never its maker): it is issued with its
         * @description CN number and today's date, and the invoice's outstanding falls by its amount.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    credit_note_id: number;
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
                        "application/json": components["schemas"]["CreditNoteRead"];
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
                /** @description The signed-in user lacks the `finance:approve` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such credit note, or not one a resident may see (their houses' issued) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Asked for by the signed-in user (code same_person), not pending (code not_pending), the invoice owes less by now (code exceeds_outstanding) or is void (code invoice_void), or today's month is closed (code period_closed) */
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
    "/api/v1/credit-notes/{credit_note_id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an issued credit note as a PDF (A4, Thai, B.E. dates, the amount in words). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    credit_note_id: number;
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such credit note, or not one a resident may see (their houses' issued) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not issued yet, or rejected (code not_issued) */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit-notes/{credit_note_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending credit note, with the reason; the invoice is untouched. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    credit_note_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RejectBody"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreditNoteRead"];
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
                /** @description The signed-in user lacks the `finance:approve` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such credit note, or not one a resident may see (their houses' issued) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not pending (code not_pending) */
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
    "/api/v1/fee-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fee items (what is billed), by code. */
        get: {
            parameters: {
                query?: {
                    active?: boolean | null;
                    page?: number;
                    per_page?: number;
                    q?: string | null;
                    sort?: "code" | "-code" | "created_at" | "-created_at" | "id" | "-id";
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
                        "application/json": components["schemas"]["FeeItemPage"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
        /** Add a fee item (e.g. GARBAGE); its code is fixed from then on. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FeeItemCreate"];
                };
            };
            responses: {
                /** @description Successful response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeItemRead"];
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
                /** @description The signed-in user lacks the `finance:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The code exists (code duplicate_code) */
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
    "/api/v1/fee-items/{fee_item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One fee item. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fee_item_id: number;
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
                        "application/json": components["schemas"]["FeeItemRead"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a fee item, or (de)activate it: an inactive item is not billed. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fee_item_id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["FeeItemUpdate"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeItemRead"];
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
                /** @description The signed-in user lacks the `finance:write` permission */
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
    "/api/v1/fee-schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fee schedules (rates), newest first, with filters. */
        get: {
            parameters: {
                query?: {
                    active_on?: string | null;
                    fee_item_id?: number | null;
                    page?: number;
                    per_page?: number;
                    plot_type?: components["schemas"]["PlotType"] | null;
                    sort?: "effective_from" | "-effective_from" | "created_at" | "-created_at" | "id" | "-id";
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
                        "application/json": components["schemas"]["FeeSchedulePage"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
        /** Set a rate of a fee item from a month on, as a general meeting resolved it. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FeeScheduleCreate"];
                };
            };
            responses: {
                /** @description Successful response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeScheduleRead"];
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
                /** @description The signed-in user lacks the `finance:write` permission */
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
                /** @description Overlaps a schedule of the same item and plot type (code overlap) */
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
    "/api/v1/fee-schedules/{fee_schedule_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One fee schedule, with whether it has billed anything (`in_use`). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fee_schedule_id: number;
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
                        "application/json": components["schemas"]["FeeScheduleRead"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a schedule that has not billed anything, or end one that has
         * @description (`effective_to`).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fee_schedule_id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["FeeScheduleUpdate"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeScheduleRead"];
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
                /** @description The signed-in user lacks the `finance:write` permission */
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
                /** @description It has billed: only effective_to may change (code schedule_in_use) */
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
    "/api/v1/finance/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The village's finance settings (made with the defaults on first read). */
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
                        "application/json": components["schemas"]["FinanceSettingsRead"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
        /** Change the finance settings; only the fields sent change (audited). */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["FinanceSettingsUpdate"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinanceSettingsRead"];
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
                /** @description The signed-in user lacks the `finance:write` permission */
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
                    sort?: "house_number" | "-house_number" | "zone" | "-zone" | "land_area_sq_wah" | "-land_area_sq_wah" | "created_at" | "-created_at" | "updated_at" | "-updated_at" | "balance_satang" | "-balance_satang";
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
    "/api/v1/houses/{house_id}/debt-clearance-certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a debt-clearance certificate (หนังสือรับรองการปลอดหนี้) for a house that owes
         * @description nothing today: numbered CERT{fiscal year B.E.}-NNNNNN, valid `certificate_valid_days`
         *     (finance settings), audited.
         */
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CertificateRead"];
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
                /** @description The signed-in user lacks the `finance:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such house */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The house owes something (code has_arrears, with outstanding_satang) */
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
    "/api/v1/houses/{house_id}/dunning-letter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A house's dunning letter (หนังสือแจ้งเตือนค้างชำระ) as of today: each unpaid month
         * @description and amount past due, the total, what follows under s.50 of the Land Allocation Act,
         *     and how to pay. Audited.
         */
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
                /** @description The letter as a PDF (A4, Thai) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such house */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Nothing owed past due (code no_arrears) */
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
        put?: never;
        post?: never;
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
    "/api/v1/houses/{house_id}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A house's statement of account: the opening balance, every invoice, payment, void
         * @description and reversal in date order with a running balance, and the closing balance.
         *
         *     A positive balance is owed by the house; a negative one is its credit. The office
         *     sees every house's; a resident, their current houses' only.
         */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "pdf";
                    from?: string | null;
                    to?: string | null;
                };
                header?: never;
                path: {
                    house_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The statement (JSON), or with format=pdf the statement as a PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StatementRead"];
                        "application/pdf": string;
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such house, or not one of your houses */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description A date that is not YYYY-MM-DD, or `from` after `to` */
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
    "/api/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoices, newest first by default, with filters.
         * @description The office sees every house's; a resident, their current houses' only.
         */
        get: {
            parameters: {
                query?: {
                    house_id?: number | null;
                    overdue?: boolean | null;
                    page?: number;
                    per_page?: number;
                    period?: string | null;
                    q?: string | null;
                    sort?: "issue_date" | "-issue_date" | "due_date" | "-due_date" | "number" | "-number" | "total_satang" | "-total_satang" | "outstanding_satang" | "-outstanding_satang";
                    status?: components["schemas"]["InvoiceStatus"] | null;
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
                        "application/json": components["schemas"]["InvoicePage"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
         * Issue a manual invoice (ad-hoc charges, or a month billed by hand) to a house.
         * @description Each line's amount is quantity × unit_satang. It is numbered INV{fiscal year}-NNNNNN
         *     at once and the house's members are told. The house's credit is not applied to it.
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
                    "application/json": components["schemas"]["InvoiceCreate"];
                };
            };
            responses: {
                /** @description Successful response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceRead"];
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
                /** @description The signed-in user lacks the `finance:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description A line's fee item and month is already billed to this house (code already_billed), or the issue date is in a closed month (code period_closed) */
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
                /** @description Unknown or archived house, unknown or inactive fee item, due before issue, an amount that is not a whole number of satang */
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
    "/api/v1/invoices/{invoice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show one invoice with its lines and what is paid, credited and outstanding. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoice_id: number;
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
                        "application/json": components["schemas"]["InvoiceRead"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such invoice, or not one of your houses' */
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
    "/api/v1/invoices/{invoice_id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The invoice as a PDF, shown inline and named by its number; with the PromptPay QR
         * @description and bank account while something is owed.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoice_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The invoice as a PDF (Thai, English labels, B.E. dates) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such invoice, or not one of your houses' */
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
    "/api/v1/invoices/{invoice_id}/promptpay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Thai QR (PromptPay) for the invoice's outstanding amount, and the bank account.
         * @description Credit transfer (tag 29) to the village's PromptPay id, or bill payment (tag 30) to
         *     its biller id with Ref1 the house number and Ref2 the invoice number (A-Z0-9).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoice_id: number;
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
                        "application/json": components["schemas"]["PromptPayRead"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such invoice, or not one of your houses' */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Paid, credited or void (code not_payable); a house number a QR cannot carry (code promptpay_unusable) */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{invoice_id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void an invoice with a reason; its number is kept and its months may be billed
         * @description again. Only while nothing is allocated or credited on it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoice_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VoidRequest"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceRead"];
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
                /** @description The signed-in user lacks the `finance:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such invoice, or not one of your houses' */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Something is paid or credited on it (code has_allocations), it is already void, or today or its issue date is in a closed month (code period_closed) */
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
    "/api/v1/me/finance-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The village's finances for its residents: billed, collected, the collection rate
         * @description and how many houses are in arrears — aggregates only, never which houses.
         */
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
                        "application/json": components["schemas"]["FinanceSummary"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
    "/api/v1/me/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoices of the houses the signed-in person is a current member of. */
        get: {
            parameters: {
                query?: {
                    house_id?: number | null;
                    overdue?: boolean | null;
                    page?: number;
                    per_page?: number;
                    period?: string | null;
                    q?: string | null;
                    sort?: "issue_date" | "-issue_date" | "due_date" | "-due_date" | "number" | "-number" | "total_satang" | "-total_satang" | "outstanding_satang" | "-outstanding_satang";
                    status?: components["schemas"]["InvoiceStatus"] | null;
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
                        "application/json": components["schemas"]["InvoicePage"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
    "/api/v1/me/payment-slips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The slips of the signed-in person's current houses, newest first by default. */
        get: {
            parameters: {
                query?: {
                    house_id?: number | null;
                    page?: number;
                    per_page?: number;
                    possible_duplicate?: boolean | null;
                    q?: string | null;
                    sort?: ("created_at" | "-created_at" | "transferred_at" | "-transferred_at" | "amount_satang" | "-amount_satang" | "updated_at" | "-updated_at") | null;
                    status?: components["schemas"]["SlipStatus"] | null;
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
                        "application/json": components["schemas"]["PaymentSlipPage"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
    "/api/v1/me/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The receipts of the houses the signed-in person is a current member of. */
        get: {
            parameters: {
                query?: {
                    from?: string | null;
                    house_id?: number | null;
                    page?: number;
                    per_page?: number;
                    q?: string | null;
                    sort?: "issue_date" | "-issue_date" | "number" | "-number" | "amount_satang" | "-amount_satang";
                    to?: string | null;
                    void?: boolean | null;
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
                        "application/json": components["schemas"]["ReceiptPage"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
    "/api/v1/payment-slips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List slips: staff every house's (`?status=submitted` is the review queue, oldest
         * @description first), a resident their current houses'.
         */
        get: {
            parameters: {
                query?: {
                    house_id?: number | null;
                    page?: number;
                    per_page?: number;
                    possible_duplicate?: boolean | null;
                    q?: string | null;
                    sort?: ("created_at" | "-created_at" | "transferred_at" | "-transferred_at" | "amount_satang" | "-amount_satang" | "updated_at" | "-updated_at") | null;
                    status?: components["schemas"]["SlipStatus"] | null;
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
                        "application/json": components["schemas"]["PaymentSlipPage"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
         * Submit a transfer slip (multipart/form-data): a resident for one of their
         * @description current houses, finance staff for any house. The reviewers are told.
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
                    "multipart/form-data": {
                        amount_satang: number;
                        /**
                         * Format: binary
                         * @description The slip: a JPEG, PNG or WebP image (re-encoded; EXIF and GPS dropped) or a PDF
                         */
                        file: string;
                        house_id: number;
                        /**
                         * @description Optional: open invoices of the house, comma-separated (e.g. 12,15) or the field repeated
                         * @example 12,15
                         */
                        invoice_ids?: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 with an offset, e.g. 2026-11-30T09:15:00+07:00; not in the future
                         */
                        transferred_at: string;
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
                        "application/json": components["schemas"]["PaymentSlipRead"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
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
                /** @description Not a JPEG, PNG, WebP image or a PDF (or not multipart/form-data) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description A field is missing or invalid: unknown_house, unknown_invoice, in_the_future, int_type (a float or text amount) */
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
    "/api/v1/payment-slips/{slip_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One slip; for staff with the suggested match (`suggested_allocations`). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slip_id: number;
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
                        "application/json": components["schemas"]["PaymentSlipRead"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such slip, or not one of your houses' */
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
        /** The submitter corrects amount_satang, transferred_at or invoice_ids (needs_fix only). */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slip_id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["PaymentSlipUpdate"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PaymentSlipRead"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such slip, or not one of your houses' */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not allowed from the slip's current status (code illegal_transition, named in detail); or submitter_only */
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
    "/api/v1/payment-slips/{slip_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * submitted → accepted: a confirmed payment (bank_transfer, paid on the transfer's
         * @description date, reference "slip #{id}"), its allocation and its receipt, in one transaction;
         *     the submitter is told. The body may be `{}` (default allocation).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slip_id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["SlipAccept"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PaymentSlipRead"];
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
                /** @description The signed-in user lacks the `finance:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such slip, or not one of your houses' */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not allowed from the slip's current status (code illegal_transition, named in detail); or same_person (you submitted it) */
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
                /** @description An allocation names no open invoice of the house, exceeds its outstanding, or together they exceed the slip's amount */
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
    "/api/v1/payment-slips/{slip_id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The slip's image or PDF, after the same access check as the slip. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slip_id: number;
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such slip, or not one of your houses' */
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
        /** The submitter sends a new image or PDF (needs_fix only; multipart, field `file`). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slip_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description The slip: a JPEG, PNG or WebP image (re-encoded; EXIF and GPS dropped) or a PDF
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
                        "application/json": components["schemas"]["PaymentSlipRead"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such slip, or not one of your houses' */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not allowed from the slip's current status (code illegal_transition, named in detail); or submitter_only */
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
                /** @description Not a JPEG, PNG, WebP image or a PDF */
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-slips/{slip_id}/needs-fix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** submitted → needs_fix with a reason code and note; the submitter is told. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slip_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SlipDecision"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PaymentSlipRead"];
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
                /** @description The signed-in user lacks the `finance:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such slip, or not one of your houses' */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not allowed from the slip's current status (code illegal_transition, named in detail) */
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
                /** @description note_required (reason_code other) */
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
    "/api/v1/payment-slips/{slip_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** submitted → rejected (terminal) with a reason code and note; the submitter is told. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slip_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SlipDecision"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PaymentSlipRead"];
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
                /** @description The signed-in user lacks the `finance:write` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such slip, or not one of your houses' */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not allowed from the slip's current status (code illegal_transition, named in detail) */
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
                /** @description note_required (reason_code other) */
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
    "/api/v1/payment-slips/{slip_id}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** needs_fix → submitted, by the submitter; back in the queue, the reviewers told. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slip_id: number;
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
                        "application/json": components["schemas"]["PaymentSlipRead"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such slip, or not one of your houses' */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not allowed from the slip's current status (code illegal_transition, named in detail); or submitter_only */
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
    "/api/v1/payment-slips/{slip_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** submitted | needs_fix → withdrawn, by the submitter (terminal). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slip_id: number;
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
                        "application/json": components["schemas"]["PaymentSlipRead"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such slip, or not one of your houses' */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not allowed from the slip's current status (code illegal_transition, named in detail); or submitter_only */
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
    "/api/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payments, newest paid first by default, with filters.
         * @description Staff see every payment; a resident sees their current houses' (without the
         *     office's notes).
         */
        get: {
            parameters: {
                query?: {
                    from?: string | null;
                    house_id?: number | null;
                    method?: components["schemas"]["PaymentMethod"] | null;
                    page?: number;
                    per_page?: number;
                    q?: string | null;
                    sort?: "paid_on" | "-paid_on" | "created_at" | "-created_at" | "amount_satang" | "-amount_satang" | "id" | "-id";
                    status?: components["schemas"]["PaymentStatus"] | null;
                    to?: string | null;
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
                        "application/json": components["schemas"]["PaymentPage"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
         * Record a payment received at the office (the maker).
         * @description With `require_payment_confirmation` (the default) it is `pending` and the staff
         *     who confirm payments are told; otherwise it is confirmed at once: allocated to the
         *     chosen invoices or oldest due first, the rest kept as the house's credit, and its
         *     receipt issued.
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
                    "application/json": components["schemas"]["PaymentCreate"];
                };
            };
            responses: {
                /** @description Successful response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PaymentRead"];
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
                /** @description The signed-in user lacks the `payments:record` permission */
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
                /** @description Unknown house, paid_on in the future, amounts not positive integers, or allocations not the house's open invoices, above what they owe or the payment */
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
    "/api/v1/payments/{payment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show one payment with its allocations and its receipt's number. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    payment_id: number;
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
                        "application/json": components["schemas"]["PaymentRead"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such payment, or not one of your houses' */
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
    "/api/v1/payments/{payment_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a pending payment (its recorder, or someone with finance:approve). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    payment_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReasonBody"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PaymentRead"];
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
                /** @description The signed-in user lacks the `payments:record` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such payment, or not one of your houses' */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not pending (code not_pending) */
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
    "/api/v1/payments/{payment_id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a pending payment (the checker, never its recorder): allocation, credit and
         * @description its receipt (RC number), in one transaction.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    payment_id: number;
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
                        "application/json": components["schemas"]["PaymentRead"];
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
                /** @description The signed-in user lacks the `finance:approve` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such payment, or not one of your houses' */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Recorded by the signed-in user (code same_person), or not pending (code not_pending) */
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
    "/api/v1/payments/{payment_id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse a confirmed payment (not by its recorder): its allocations are undone, the
         * @description invoices owe again, and its receipt is voided (its number kept).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    payment_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReasonBody"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PaymentRead"];
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
                /** @description The signed-in user lacks the `finance:approve` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such payment, or not one of your houses' */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Posted in a closed month, or today's month closed (code period_closed); recorded by the signed-in user (code same_person), or not confirmed (code not_confirmed) */
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
    "/api/v1/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the months that have documents or were ever closed, newest first, each open
         * @description or closed with its latest snapshot.
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    year?: number | null;
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
                        "application/json": components["schemas"]["PeriodPage"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
    "/api/v1/periods/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show one month (YYYY-MM): open or closed, who closed or reopened it, and every
         * @description snapshot taken at its closings, newest first.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    period: string;
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
                        "application/json": components["schemas"]["PeriodDetail"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not a month (write YYYY-MM) */
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
    "/api/v1/periods/{period}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a month that has ended: no invoice, payment, allocation, void, credit note or
         * @description reversal may be dated in it afterwards (409 period_closed), and a snapshot of its
         *     figures is kept.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    period: string;
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
                        "application/json": components["schemas"]["PeriodRead"];
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
                /** @description The signed-in user lacks the `finance:approve` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not a month (write YYYY-MM) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Already closed (code already_closed), the month has not ended in the village's timezone (code period_not_ended), or money writes in flight did not finish within 10 s (code period_busy: try again) */
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
    "/api/v1/periods/{period}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a closed month, with a reason (super admins: finance:reopen). Its snapshots
         * @description are kept; closing it again takes another.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReopenBody"];
                };
            };
            responses: {
                /** @description Successful response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PeriodRead"];
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
                /** @description The signed-in user lacks the `finance:reopen` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Not a month (write YYYY-MM) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description The month is not closed (code period_open) */
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
    "/api/v1/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List receipts, newest first by default (staff: all; a resident: their houses'). */
        get: {
            parameters: {
                query?: {
                    from?: string | null;
                    house_id?: number | null;
                    page?: number;
                    per_page?: number;
                    q?: string | null;
                    sort?: "issue_date" | "-issue_date" | "number" | "-number" | "amount_satang" | "-amount_satang";
                    to?: string | null;
                    void?: boolean | null;
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
                        "application/json": components["schemas"]["ReceiptPage"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
    "/api/v1/receipts/{receipt_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show one receipt: its lines (invoice, month), amount in Thai words, void or not. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    receipt_id: number;
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
                        "application/json": components["schemas"]["ReceiptRead"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such receipt, or not one of your houses' */
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
    "/api/v1/receipts/{receipt_id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the receipt as a PDF. The first download is the original; every later
         * @description one is marked "สำเนา / COPY" and audited as a reprint.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    receipt_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The receipt as a PDF (A4, Thai) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description No such receipt, or not one of your houses' */
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
    "/api/v1/reports/arrears": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The arrears report as of a day: per house what it owes by aging bucket, its months
         * @description in arrears and whether it is past the suspension or land-office threshold; totals
         *     that equal the sum of the rows (and, unfiltered, of every house's balance).
         *
         *     The system flags; it never suspends anything by itself.
         */
        get: {
            parameters: {
                query?: {
                    as_of?: string | null;
                    bucket?: ("current" | "1_30" | "31_60" | "61_90" | "91_180" | "over_180") | null;
                    eligible?: ("suspension" | "land_office") | null;
                    format?: "json" | "csv" | "xlsx";
                    zone?: string | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Houses in arrears or in credit, with totals (JSON), or with format=csv|xlsx the same as a file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArrearsReport"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description A malformed date or month, or an unknown filter value */
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
    "/api/v1/reports/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per month: billed (issued − voided), collected (confirmed by posting date −
         * @description reversed), credited, outstanding at the month's end, and the collection rate.
         */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv" | "xlsx";
                    from?: string | null;
                    to?: string | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Per month billed, collected, credited, outstanding (JSON), or with format=csv|xlsx the same as a file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CollectionsReport"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description A malformed date or month, or an unknown filter value */
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
    "/api/v1/reports/dunning-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dunning letters of every house owing past due today that the filters select, by
         * @description house number, in one PDF to print, `per_page` letters at a time (`X-Total-Count`:
         *     letters in all; `X-Page-Count`: pages of `per_page`). Audited.
         */
        get: {
            parameters: {
                query?: {
                    bucket?: ("current" | "1_30" | "31_60" | "61_90" | "91_180" | "over_180") | null;
                    eligible?: ("suspension" | "land_office") | null;
                    page?: number;
                    per_page?: number;
                    zone?: string | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One PDF: a letter per house, each on its own pages */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description A page past the last */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description Nothing owed past due (code no_arrears) among the houses the filters select */
                409: {
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
    "/api/v1/reports/invoice-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The month's invoice register for the auditor: every invoice issued in the month by
         * @description number, void ones included and marked with the reason; XLSX by default.
         */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv" | "xlsx";
                    period?: string | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every invoice issued in the month, void ones marked (JSON), or with format=csv|xlsx the same as a file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvoiceRegister"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description A malformed date or month, or an unknown filter value */
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
    "/api/v1/reports/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Today at a glance for the office: this month's billing and collections, what is
         * @description owed, houses past the thresholds, and the queues waiting for someone.
         */
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
                        "application/json": components["schemas"]["Overview"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
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
    "/api/v1/reports/receipt-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The month's receipt register for the auditor: every receipt issued in the month by
         * @description number, void ones (reversed payments) included and marked; XLSX by default.
         */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv" | "xlsx";
                    period?: string | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every receipt issued in the month, void ones marked (JSON), or with format=csv|xlsx the same as a file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReceiptRegister"];
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
                /** @description The signed-in user lacks the `finance:read` permission */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HTTPError"];
                    };
                };
                /** @description A malformed date or month, or an unknown filter value */
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
        /** AllocationRead */
        AllocationRead: {
            /**
             * Allocated On
             * Format: date
             */
            allocated_on: string;
            /** Amount Satang */
            amount_satang: number;
            /** Id */
            id: number;
            /** Invoice Id */
            invoice_id: number;
            /** Invoice Number */
            invoice_number: string;
            /**
             * Reversed At
             * @description Set when the payment was reversed
             */
            reversed_at: string | null;
        };
        /** AllocationRequest */
        AllocationRequest: {
            /**
             * Amount Satang
             * @description Satang (1 THB = 100), integer > 0
             */
            amount_satang: number;
            /** Invoice Id */
            invoice_id: number;
        };
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
        /** ArrearsReport */
        ArrearsReport: {
            /**
             * As Of
             * Format: date
             */
            as_of: string;
            /** By Bucket */
            by_bucket: components["schemas"]["BucketSum"][];
            /** Items */
            items: components["schemas"]["ArrearsRowRead"][];
            thresholds: components["schemas"]["Thresholds"];
            totals: components["schemas"]["ArrearsTotalsRead"];
        };
        /** ArrearsRowRead */
        ArrearsRowRead: {
            /** Balance Satang */
            balance_satang: number;
            buckets: components["schemas"]["Buckets"];
            /** Credit Satang */
            credit_satang: number;
            /** House Id */
            house_id: number;
            /** House Number */
            house_number: string;
            /** Land Office Eligible */
            land_office_eligible: boolean;
            /** Months In Arrears */
            months_in_arrears: number;
            /** Oldest Due Date */
            oldest_due_date: string | null;
            /** Outstanding Satang */
            outstanding_satang: number;
            /** Owner Name */
            owner_name: string | null;
            /** Prescription Risk */
            prescription_risk: boolean;
            /** Suspension Eligible */
            suspension_eligible: boolean;
            /** Unpaid Months */
            unpaid_months: string[];
            /** Zone */
            zone: string | null;
        };
        /** ArrearsTotalsRead */
        ArrearsTotalsRead: {
            /** Balance Satang */
            balance_satang: number;
            buckets: components["schemas"]["Buckets"];
            /** Credit Satang */
            credit_satang: number;
            /** Houses */
            houses: number;
            /** Land Office Eligible */
            land_office_eligible: number;
            /** Outstanding Satang */
            outstanding_satang: number;
            /** Prescription Risk */
            prescription_risk: number;
            /** Suspension Eligible */
            suspension_eligible: number;
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
        AuditAction: "login_succeeded" | "login_failed" | "account_locked" | "reauthentication_failed" | "logout" | "session_revoked" | "sessions_revoked" | "token_reuse_detected" | "user_registered" | "user_created" | "user_updated" | "user_deleted" | "user_unlocked" | "role_changed" | "profile_updated" | "password_changed" | "national_id_revealed" | "set_password_link_issued" | "password_set_with_link" | "password_reset_requested" | "password_reset" | "village_profile_updated" | "house_created" | "house_updated" | "house_archived" | "house_restored" | "house_deleted" | "houses_imported" | "member_added" | "member_updated" | "member_removed" | "membership_requested" | "membership_approved" | "membership_rejected" | "announcement_created" | "announcement_updated" | "announcement_published" | "announcement_archived" | "privacy_notice_published" | "privacy_notice_accepted" | "personal_data_exported" | "data_request_filed" | "data_request_completed" | "data_request_rejected" | "user_erased" | "service_request_opened" | "service_request_updated" | "service_request_status_changed" | "service_request_commented" | "service_request_photo_added" | "finance_settings_updated" | "fee_item_created" | "fee_item_updated" | "fee_schedule_created" | "fee_schedule_updated" | "billing_run_created" | "billing_run_posted" | "billing_run_discarded" | "invoice_issued" | "invoice_voided" | "payment_recorded" | "payment_confirmed" | "payment_cancelled" | "payment_reversed" | "receipt_reprinted" | "credit_note_requested" | "credit_note_issued" | "credit_note_rejected" | "payment_slip_submitted" | "payment_slip_updated" | "payment_slip_accepted" | "payment_slip_needs_fix" | "payment_slip_rejected" | "payment_slip_withdrawn" | "period_closed" | "period_reopened" | "certificate_issued" | "dunning_letters_printed" | "forced_logout" | "jwt_key_rotation_started" | "audit_pruned";
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
        /** BillingRunCreate */
        BillingRunCreate: {
            /**
             * House Ids
             * @description Null: every house that is not archived
             * @default null
             */
            house_ids?: number[] | null;
            /**
             * Issue Date
             * @description Default: today in the village
             * @default null
             */
            issue_date?: string | null;
            /**
             * Months
             * @description 1, 3, 6 or 12: one invoice with a line per month
             * @default 1
             */
            months?: number;
            /**
             * Period
             * @description The first billed month, YYYY-MM
             * @example 2026-12
             */
            period: string;
        };
        /** BillingRunPage */
        BillingRunPage: {
            /** Items */
            items: components["schemas"]["BillingRunSummary"][];
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
        /** BillingRunRead */
        BillingRunRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Created By Id */
            created_by_id: number | null;
            /** Discarded At */
            discarded_at: string | null;
            /**
             * Due Date
             * Format: date
             */
            due_date: string;
            /** House Ids */
            house_ids: number[] | null;
            /** Id */
            id: number;
            /**
             * Invoice Count
             * @description Invoices it would issue (preview) or issued
             */
            invoice_count: number;
            /**
             * Issue Date
             * Format: date
             */
            issue_date: string;
            /** Months */
            months: number;
            /**
             * Period
             * @example 2026-12
             */
            period: string;
            /** Posted At */
            posted_at: string | null;
            /** Posted By Id */
            posted_by_id: number | null;
            /**
             * Preview
             * @description Per house, the invoice it would issue (once posted: the ones issued)
             */
            preview: components["schemas"]["PreviewInvoice"][];
            /** Skipped */
            skipped: components["schemas"]["SkippedHouse"][];
            /** Skipped Count */
            skipped_count: number;
            status: components["schemas"]["RunStatus"];
            /** Total Satang */
            total_satang: number;
        };
        /**
         * BillingRunSummary
         * @description A run without its per-house detail (lists).
         */
        BillingRunSummary: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Created By Id */
            created_by_id: number | null;
            /** Discarded At */
            discarded_at: string | null;
            /**
             * Due Date
             * Format: date
             */
            due_date: string;
            /** House Ids */
            house_ids: number[] | null;
            /** Id */
            id: number;
            /**
             * Invoice Count
             * @description Invoices it would issue (preview) or issued
             */
            invoice_count: number;
            /**
             * Issue Date
             * Format: date
             */
            issue_date: string;
            /** Months */
            months: number;
            /**
             * Period
             * @example 2026-12
             */
            period: string;
            /** Posted At */
            posted_at: string | null;
            /** Posted By Id */
            posted_by_id: number | null;
            /** Skipped Count */
            skipped_count: number;
            status: components["schemas"]["RunStatus"];
            /** Total Satang */
            total_satang: number;
        };
        /** Buckets */
        Buckets: {
            /** 1 30 */
            "1_30": number;
            /** 31 60 */
            "31_60": number;
            /** 61 90 */
            "61_90": number;
            /** 91 180 */
            "91_180": number;
            /** Current */
            current: number;
            /** Over 180 */
            over_180: number;
        };
        /** BucketSum */
        BucketSum: {
            /**
             * Bucket
             * @enum {string}
             */
            bucket: "current" | "1_30" | "31_60" | "61_90" | "91_180" | "over_180";
            /** Houses */
            houses: number;
            /** Satang */
            satang: number;
        };
        /**
         * Category
         * @enum {string}
         */
        Category: "repair" | "electric" | "water" | "road_lighting" | "garden" | "security" | "garbage" | "noise_neighbour" | "pets" | "other";
        /**
         * CertificateHouse
         * @description The house as the certificate printed it (a snapshot at issue).
         */
        CertificateHouse: {
            /** House Number */
            house_number: string;
            /** Id */
            id: number;
            /** Land Area Sq Wah */
            land_area_sq_wah: number | string | null;
            /** Plot Number */
            plot_number: string | null;
            /** Title Deed Number */
            title_deed_number: string | null;
        };
        /** CertificatePage */
        CertificatePage: {
            /** Items */
            items: components["schemas"]["CertificateRead"][];
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
        /** CertificatePerson */
        CertificatePerson: {
            /** Full Name */
            full_name: string;
            /**
             * Id
             * @description Null once the account is erased; the name stays
             */
            id: number | null;
        };
        /** CertificateRead */
        CertificateRead: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            house: components["schemas"]["CertificateHouse"];
            /**
             * Issue Date
             * Format: date
             */
            issue_date: string;
            issued_by: components["schemas"]["CertificatePerson"];
            /**
             * Number
             * @description CERT{fiscal year B.E.}-NNNNNN
             */
            number: string;
            /**
             * Owner Names
             * @description The house's owners when it was issued
             */
            owner_names: string[];
            /**
             * Paid Through
             * @description YYYY-MM: the last month billed to the house when it was issued (paid in full); null when nothing had been billed yet
             */
            paid_through: string | null;
            /** Pdf Url */
            pdf_url: string;
            /**
             * Valid
             * @description Whether it is still valid today (the village's date)
             */
            valid: boolean;
            /**
             * Valid Until
             * Format: date
             * @description The last day it is valid (inclusive)
             */
            valid_until: string;
        };
        /** ChangePasswordRequest */
        ChangePasswordRequest: {
            /** Current Password */
            current_password: string;
            /** New Password */
            new_password: string;
        };
        /** CollectionsFigures */
        CollectionsFigures: {
            /**
             * Billed Satang
             * @description Invoices issued in the month − invoices voided in it
             */
            billed_satang: number;
            /**
             * Collected Satang
             * @description Payments confirmed (by posting date) − payments reversed in the month
             */
            collected_satang: number;
            /**
             * Collection Rate
             * @description A decimal string with four places (collected / billed), or null when nothing was billed
             * @example 0.9525
             */
            collection_rate: string | null;
            /**
             * Credited Satang
             * @description Credit notes issued in the month
             */
            credited_satang: number;
            /**
             * Outstanding Satang
             * @description What the invoices still owed at the month's end
             */
            outstanding_satang: number;
        };
        /** CollectionsMonth */
        CollectionsMonth: {
            /**
             * Billed Satang
             * @description Invoices issued in the month − invoices voided in it
             */
            billed_satang: number;
            /**
             * Collected Satang
             * @description Payments confirmed (by posting date) − payments reversed in the month
             */
            collected_satang: number;
            /**
             * Collection Rate
             * @description A decimal string with four places (collected / billed), or null when nothing was billed
             * @example 0.9525
             */
            collection_rate: string | null;
            /**
             * Credited Satang
             * @description Credit notes issued in the month
             */
            credited_satang: number;
            /**
             * Outstanding Satang
             * @description What the invoices still owed at the month's end
             */
            outstanding_satang: number;
            /**
             * Period
             * @example 2026-12
             */
            period: string;
        };
        /** CollectionsReport */
        CollectionsReport: {
            /** Items */
            items: components["schemas"]["CollectionsMonth"][];
            /** @description Sums of the months; outstanding is the last month's */
            totals: components["schemas"]["CollectionsFigures"];
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
        /** CreditNoteCreate */
        CreditNoteCreate: {
            /**
             * Amount Satang
             * @description At most the invoice's outstanding (409 otherwise)
             * @example 50000
             */
            amount_satang: number;
            /** Invoice Id */
            invoice_id: number;
            /**
             * Reason
             * @description Why the invoice is corrected; printed on the note
             */
            reason: string;
        };
        /** CreditNotePage */
        CreditNotePage: {
            /** Items */
            items: components["schemas"]["CreditNoteRead"][];
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
        /** CreditNoteRead */
        CreditNoteRead: {
            /** Amount Satang */
            amount_satang: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            created_by: components["schemas"]["NotePerson"] | null;
            /** Decided At */
            decided_at: string | null;
            decided_by: components["schemas"]["NotePerson"] | null;
            house: components["schemas"]["NoteHouse"];
            /** Id */
            id: number;
            invoice: components["schemas"]["NoteInvoice"];
            /**
             * Issue Date
             * @description The books' date: the village's day of approval
             */
            issue_date: string | null;
            /**
             * Number
             * @description Given on approval; null until issued
             * @example CN2570-000001
             */
            number: string | null;
            /** Reason */
            reason: string;
            /** Reject Reason */
            reject_reason: string | null;
            status: components["schemas"]["CreditNoteStatus"];
        };
        /**
         * CreditNoteStatus
         * @enum {string}
         */
        CreditNoteStatus: "pending_approval" | "issued" | "rejected";
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
         * FeeBasis
         * @description How a schedule's `rate_satang` applies: per square wah of land, or per house, per month.
         * @enum {string}
         */
        FeeBasis: "per_sq_wah" | "per_house";
        /** FeeItemBrief */
        FeeItemBrief: {
            /** Code */
            code: string;
            /** Id */
            id: number;
            /** Name En */
            name_en: string;
            /** Name Th */
            name_th: string;
        };
        /** FeeItemCreate */
        FeeItemCreate: {
            /**
             * Active
             * @default true
             */
            active?: boolean;
            /**
             * Code
             * @example GARBAGE
             */
            code: string;
            /**
             * Counts For Arrears
             * @default false
             */
            counts_for_arrears?: boolean;
            /** Name En */
            name_en: string;
            /** Name Th */
            name_th: string;
        };
        /** FeeItemPage */
        FeeItemPage: {
            /** Items */
            items: components["schemas"]["FeeItemRead"][];
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
        /** FeeItemRead */
        FeeItemRead: {
            /** Active */
            active: boolean;
            /**
             * Code
             * @example COMMON
             */
            code: string;
            /** Counts For Arrears */
            counts_for_arrears: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id */
            id: number;
            /** Name En */
            name_en: string;
            /** Name Th */
            name_th: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * FeeItemRef
         * @description The fee item a line bills, as lines show it.
         */
        FeeItemRef: {
            /**
             * Code
             * @example COMMON
             */
            code: string;
            /** Id */
            id: number;
            /** Name En */
            name_en: string;
            /** Name Th */
            name_th: string;
        };
        /**
         * FeeItemUpdate
         * @description The code is fixed once created (lines and reports name it).
         */
        FeeItemUpdate: {
            /**
             * Active
             * @default null
             */
            active?: boolean | null;
            /**
             * Counts For Arrears
             * @default null
             */
            counts_for_arrears?: boolean | null;
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
        };
        /** FeeScheduleCreate */
        FeeScheduleCreate: {
            basis: components["schemas"]["FeeBasis"];
            /**
             * Effective From
             * @example 2026-12
             */
            effective_from: string;
            /**
             * Effective To
             * @default null
             */
            effective_to?: string | null;
            /** Fee Item Id */
            fee_item_id: number;
            /** Meeting Reference */
            meeting_reference: string;
            /** @default null */
            plot_type?: components["schemas"]["PlotType"] | null;
            /**
             * Rate Satang
             * @description Satang (1 THB = 100), integer
             */
            rate_satang: number;
        };
        /** FeeSchedulePage */
        FeeSchedulePage: {
            /** Items */
            items: components["schemas"]["FeeScheduleRead"][];
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
        /** FeeScheduleRead */
        FeeScheduleRead: {
            basis: components["schemas"]["FeeBasis"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Effective From
             * @example 2026-12
             */
            effective_from: string;
            /**
             * Effective To
             * @description The last month billed; null runs on
             */
            effective_to: string | null;
            fee_item: components["schemas"]["FeeItemBrief"];
            /** Fee Item Id */
            fee_item_id: number;
            /** Id */
            id: number;
            /**
             * In Use
             * @description It has billed something: only effective_to may change
             * @default false
             */
            in_use: boolean;
            /** Meeting Reference */
            meeting_reference: string;
            /** @description Null: every plot type */
            plot_type: components["schemas"]["PlotType"] | null;
            /**
             * Rate Satang
             * @description Per square wah or per house, per month
             */
            rate_satang: number;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** FeeScheduleUpdate */
        FeeScheduleUpdate: {
            /** @default null */
            basis?: components["schemas"]["FeeBasis"] | null;
            /**
             * Effective From
             * @default null
             */
            effective_from?: string | null;
            /**
             * Effective To
             * @default null
             */
            effective_to?: string | null;
            /**
             * Fee Item Id
             * @default null
             */
            fee_item_id?: number | null;
            /**
             * Meeting Reference
             * @default null
             */
            meeting_reference?: string | null;
            /** @default null */
            plot_type?: components["schemas"]["PlotType"] | null;
            /**
             * Rate Satang
             * @default null
             */
            rate_satang?: number | null;
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
        /** FinanceSettingsRead */
        FinanceSettingsRead: {
            /** Arrears Land Office Months */
            arrears_land_office_months: number;
            /** Arrears Suspension Months */
            arrears_suspension_months: number;
            /** Bank Account Name */
            bank_account_name: string | null;
            /** Bank Account Number */
            bank_account_number: string | null;
            /** Bank Name */
            bank_name: string | null;
            /** Biller Id */
            biller_id: string | null;
            /** Certificate Valid Days */
            certificate_valid_days: number;
            /** Due Days */
            due_days: number;
            /** Promptpay Id */
            promptpay_id: string | null;
            promptpay_mode: components["schemas"]["PromptPayMode"];
            /** Receipt Signatory */
            receipt_signatory: string | null;
            /** Require Payment Confirmation */
            require_payment_confirmation: boolean;
            surcharge: components["schemas"]["SurchargeRead"];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** FinanceSettingsUpdate */
        FinanceSettingsUpdate: {
            /**
             * Arrears Land Office Months
             * @default null
             */
            arrears_land_office_months?: number | null;
            /**
             * Arrears Suspension Months
             * @default null
             */
            arrears_suspension_months?: number | null;
            /**
             * Bank Account Name
             * @default null
             */
            bank_account_name?: string | null;
            /**
             * Bank Account Number
             * @default null
             */
            bank_account_number?: string | null;
            /**
             * Bank Name
             * @default null
             */
            bank_name?: string | null;
            /**
             * Biller Id
             * @default null
             */
            biller_id?: string | null;
            /**
             * Certificate Valid Days
             * @default null
             */
            certificate_valid_days?: number | null;
            /**
             * Due Days
             * @default null
             */
            due_days?: number | null;
            /**
             * Promptpay Id
             * @default null
             */
            promptpay_id?: string | null;
            /** @default null */
            promptpay_mode?: components["schemas"]["PromptPayMode"] | null;
            /**
             * Receipt Signatory
             * @default null
             */
            receipt_signatory?: string | null;
            /**
             * Require Payment Confirmation
             * @default null
             */
            require_payment_confirmation?: boolean | null;
            /** @default null */
            surcharge?: components["schemas"]["SurchargeUpdate"] | null;
        };
        /** FinanceSummary */
        FinanceSummary: {
            /** Billed Satang */
            billed_satang: number;
            /** Collected Satang */
            collected_satang: number;
            /**
             * Collection Rate
             * @description A decimal string with four places (collected / billed), or null when nothing was billed
             */
            collection_rate: string | null;
            /**
             * Houses
             * @description How many houses the village has
             */
            houses: number;
            /**
             * Houses In Arrears
             * @description How many houses owe something past due
             */
            houses_in_arrears: number;
            /**
             * Period
             * @description The last closed month, or this month when none is
             * @example 2026-12
             */
            period: string;
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
             * @description What the house owes now, in satang: its invoices' outstanding minus its credit (negative: the house is in credit)
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
             * @description What the house owes now, in satang: its invoices' outstanding minus its credit (negative: the house is in credit)
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
         * InvoiceCreate
         * @description A manual invoice: ad-hoc charges (a key card, a fine) or a month billed by hand.
         */
        InvoiceCreate: {
            /**
             * Bill To Name
             * @description Default: the house's primary contact (or the developer's plot)
             * @default null
             */
            bill_to_name?: string | null;
            /**
             * Due Date
             * @description Default: issue_date + the finance settings' due_days
             * @default null
             */
            due_date?: string | null;
            /** House Id */
            house_id: number;
            /**
             * Issue Date
             * @description Default: the village's today
             * @default null
             */
            issue_date?: string | null;
            /** Lines */
            lines: components["schemas"]["InvoiceLineCreate"][];
        };
        /** InvoiceHouse */
        InvoiceHouse: {
            /** House Number */
            house_number: string;
            /** Id */
            id: number;
        };
        /** InvoiceLineCreate */
        InvoiceLineCreate: {
            /** Description */
            description: string;
            /**
             * Fee Item Id
             * @description The fee item billed; with `month`, billed at most once per house
             * @default null
             */
            fee_item_id?: number | null;
            /**
             * Month
             * @description The month billed (YYYY-MM), if monthly
             * @default null
             */
            month?: string | null;
            /**
             * Quantity
             * @default 1
             */
            quantity?: number;
            /** Unit Satang */
            unit_satang: number;
        };
        /** InvoiceLineRead */
        InvoiceLineRead: {
            /**
             * Amount Satang
             * @description quantity × unit_satang
             */
            amount_satang: number;
            /** Description */
            description: string;
            /** @description Null for an ad-hoc charge */
            fee_item: components["schemas"]["FeeItemRef"] | null;
            /** Id */
            id: number;
            /**
             * Month
             * @description The billed month (YYYY-MM); null if not monthly
             */
            month: string | null;
            /** Quantity */
            quantity: number;
            /** Unit Satang */
            unit_satang: number;
        };
        /** InvoicePage */
        InvoicePage: {
            /** Items */
            items: components["schemas"]["InvoiceRead"][];
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
        /** InvoiceRead */
        InvoiceRead: {
            /**
             * Bill To Name
             * @description Who it is billed to, as at issue
             */
            bill_to_name: string;
            /**
             * Billing Run Id
             * @description Null for a manual invoice
             */
            billing_run_id: number | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Credited Satang */
            credited_satang: number;
            /**
             * Due Date
             * Format: date
             */
            due_date: string;
            house: components["schemas"]["InvoiceHouse"];
            /** Id */
            id: number;
            /**
             * Issue Date
             * Format: date
             */
            issue_date: string;
            /** Lines */
            lines: components["schemas"]["InvoiceLineRead"][];
            /**
             * Number
             * @example INV2569-000123
             */
            number: string;
            /**
             * Outstanding Satang
             * @description total - paid - credited; 0 when void
             */
            outstanding_satang: number;
            /**
             * Overdue
             * @description Past its due date (the village's today) with something outstanding
             */
            overdue: boolean;
            /** Paid Satang */
            paid_satang: number;
            status: components["schemas"]["InvoiceStatus"];
            /** Total Satang */
            total_satang: number;
            /** Void Reason */
            void_reason: string | null;
            /** Voided At */
            voided_at: string | null;
        };
        /** InvoiceRegister */
        InvoiceRegister: {
            /** Items */
            items: components["schemas"]["InvoiceRegisterRow"][];
            /**
             * Period
             * @example 2026-12
             */
            period: string;
            totals: components["schemas"]["RegisterTotals"];
        };
        /** InvoiceRegisterRow */
        InvoiceRegisterRow: {
            /** Bill To Name */
            bill_to_name: string;
            /**
             * Due Date
             * Format: date
             */
            due_date: string;
            house: components["schemas"]["RegisterHouse"];
            /**
             * Issue Date
             * Format: date
             */
            issue_date: string;
            /** Number */
            number: string;
            /** Status */
            status: string;
            /** Total Satang */
            total_satang: number;
            /** Void */
            void: boolean;
            /** Void Reason */
            void_reason: string | null;
            /** Voided On */
            voided_on: string | null;
        };
        /**
         * InvoiceStatus
         * @enum {string}
         */
        InvoiceStatus: "issued" | "partially_paid" | "paid" | "credited" | "void";
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
             * @description What the house owes now, in satang: its invoices' outstanding minus its credit (negative: the house is in credit)
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
        /** NoteHouse */
        NoteHouse: {
            /** House Number */
            house_number: string;
            /** Id */
            id: number;
        };
        /** NoteInvoice */
        NoteInvoice: {
            /** Id */
            id: number;
            /** Number */
            number: string;
        };
        /** NotePerson */
        NotePerson: {
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
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
        NotificationEvent: "announcement_published" | "service_request_submitted" | "service_request_status_changed" | "service_request_commented" | "service_request_assigned" | "data_request_submitted" | "data_request_decided" | "invoice_issued" | "credit_note_issued" | "payment_slip_decided" | "payment_slip_submitted" | "payment_awaiting_confirmation";
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
        /** Overview */
        Overview: {
            /** Billed This Month Satang */
            billed_this_month_satang: number;
            /** Collected This Month Satang */
            collected_this_month_satang: number;
            /** Credit Notes Pending */
            credit_notes_pending: number;
            /** Houses Past Land Office */
            houses_past_land_office: number;
            /** Houses Past Suspension */
            houses_past_suspension: number;
            /** Oldest Slip Waiting Since */
            oldest_slip_waiting_since: string | null;
            /** Outstanding Satang */
            outstanding_satang: number;
            /** Payments Pending */
            payments_pending: number;
            service_requests_open_by_age: components["schemas"]["RequestAges"];
            /** Slips Waiting */
            slips_waiting: number;
            /**
             * Today
             * Format: date
             */
            today: string;
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
        /** PaymentCreate */
        PaymentCreate: {
            /**
             * Allocations
             * @description Invoices of the house to pay, in order; omitted: oldest due first. What the allocations leave becomes the house's credit.
             * @default null
             */
            allocations?: components["schemas"]["AllocationRequest"][] | null;
            /**
             * Amount Satang
             * @description Satang (1 THB = 100), integer > 0
             * @example 250000
             */
            amount_satang: number;
            /** House Id */
            house_id: number;
            method: components["schemas"]["PaymentMethod"];
            /**
             * Note
             * @description The office's note (not shown to residents)
             * @default null
             */
            note?: string | null;
            /**
             * Paid On
             * Format: date
             * @description When the money arrived; not after the village's today
             */
            paid_on: string;
            /**
             * Payer Name
             * @description Printed on the receipt; default the house's primary contact, else 'บ้านเลขที่ {house_number}'
             * @default null
             */
            payer_name?: string | null;
            /**
             * Reference
             * @description A transfer or cheque reference
             * @default null
             */
            reference?: string | null;
        };
        /** PaymentHouse */
        PaymentHouse: {
            /** House Number */
            house_number: string;
            /** Id */
            id: number;
        };
        /**
         * PaymentMethod
         * @enum {string}
         */
        PaymentMethod: "cash" | "bank_transfer" | "promptpay" | "cheque";
        /** PaymentPage */
        PaymentPage: {
            /** Items */
            items: components["schemas"]["PaymentRead"][];
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
        /** PaymentPerson */
        PaymentPerson: {
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
        };
        /** PaymentRead */
        PaymentRead: {
            /**
             * Allocated Satang
             * @description On invoices now (active allocations)
             */
            allocated_satang: number;
            /** Allocations */
            allocations: components["schemas"]["AllocationRead"][];
            /** Amount Satang */
            amount_satang: number;
            /** Confirmed At */
            confirmed_at: string | null;
            confirmed_by: components["schemas"]["PaymentPerson"] | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Credit Satang
             * @description Of a confirmed payment: what is still the house's credit
             */
            credit_satang: number;
            house: components["schemas"]["PaymentHouse"];
            /** Id */
            id: number;
            method: components["schemas"]["PaymentMethod"];
            /**
             * Note
             * @description The office's note; null for residents
             */
            note: string | null;
            /**
             * Paid On
             * Format: date
             */
            paid_on: string;
            /** Payer Name */
            payer_name: string;
            /**
             * Posting Date
             * Format: date
             * @description The books' date (paid_on unless its month is closed)
             */
            posting_date: string;
            receipt: components["schemas"]["ReceiptRef"] | null;
            /** Receipt Number */
            receipt_number: string | null;
            recorded_by: components["schemas"]["PaymentPerson"] | null;
            /** Reference */
            reference: string | null;
            /**
             * Requested Allocations
             * @description The invoices the recorder chose; null: oldest due first
             */
            requested_allocations: components["schemas"]["RequestedAllocation"][] | null;
            /** Reverse Reason */
            reverse_reason: string | null;
            /** Reversed At */
            reversed_at: string | null;
            reversed_by: components["schemas"]["PaymentPerson"] | null;
            status: components["schemas"]["PaymentStatus"];
        };
        /** PaymentSlipPage */
        PaymentSlipPage: {
            /** Items */
            items: components["schemas"]["PaymentSlipRead"][];
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
        /** PaymentSlipRead */
        PaymentSlipRead: {
            /** Amount Satang */
            amount_satang: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            file: components["schemas"]["SlipFile"];
            house: components["schemas"]["SlipHouse"];
            /** Id */
            id: number;
            /**
             * Invoice Ids
             * @description The invoices the resident says it pays, in order
             */
            invoice_ids: number[];
            /**
             * Payment Id
             * @description The confirmed payment, once accepted
             */
            payment_id: number | null;
            /**
             * Possible Duplicate
             * @description Another slip (any house, not withdrawn) has the very same stored file
             */
            possible_duplicate: boolean;
            /** @description The last needs-fix or reject reason */
            reason_code: components["schemas"]["SlipReason"] | null;
            receipt: components["schemas"]["SlipReceipt"] | null;
            /** Review Note */
            review_note: string | null;
            status: components["schemas"]["SlipStatus"];
            submitted_by: components["schemas"]["SlipPerson"];
            /**
             * Suggested Allocations
             * @description Staff only (null for a resident): the house's open invoices the slip would pay if accepted now — its invoice_ids first, then oldest due first
             */
            suggested_allocations: components["schemas"]["SuggestedAllocation"][] | null;
            /**
             * Transferred At
             * Format: date-time
             */
            transferred_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * PaymentSlipUpdate
         * @description The resident's corrections while the office asks for a fix (needs_fix).
         */
        PaymentSlipUpdate: {
            /**
             * Amount Satang
             * @default null
             */
            amount_satang?: number | null;
            /**
             * Invoice Ids
             * @description null or []: no particular invoice
             * @default null
             */
            invoice_ids?: number[] | null;
            /**
             * Transferred At
             * @default null
             */
            transferred_at?: string | null;
        };
        /**
         * PaymentStatus
         * @enum {string}
         */
        PaymentStatus: "pending" | "confirmed" | "reversed" | "cancelled";
        /** PeriodDetail */
        PeriodDetail: {
            /** Closed At */
            closed_at: string | null;
            closed_by: components["schemas"]["PeriodPerson"] | null;
            /**
             * Period
             * @description The month, YYYY-MM
             * @example 2026-12
             */
            period: string;
            /** Reopen Reason */
            reopen_reason: string | null;
            /** Reopened At */
            reopened_at: string | null;
            reopened_by: components["schemas"]["PeriodPerson"] | null;
            /** @description The latest snapshot, taken at closing */
            snapshot: components["schemas"]["SnapshotRead"] | null;
            /**
             * Snapshots
             * @description Every snapshot ever taken, newest first
             */
            snapshots: components["schemas"]["SnapshotRead"][];
            status: components["schemas"]["PeriodStatus"];
        };
        /** PeriodPage */
        PeriodPage: {
            /** Items */
            items: components["schemas"]["PeriodRead"][];
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
        /** PeriodPerson */
        PeriodPerson: {
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
        };
        /** PeriodRead */
        PeriodRead: {
            /** Closed At */
            closed_at: string | null;
            closed_by: components["schemas"]["PeriodPerson"] | null;
            /**
             * Period
             * @description The month, YYYY-MM
             * @example 2026-12
             */
            period: string;
            /** Reopen Reason */
            reopen_reason: string | null;
            /** Reopened At */
            reopened_at: string | null;
            reopened_by: components["schemas"]["PeriodPerson"] | null;
            /** @description The latest snapshot, taken at closing */
            snapshot: components["schemas"]["SnapshotRead"] | null;
            status: components["schemas"]["PeriodStatus"];
        };
        /**
         * PeriodStatus
         * @enum {string}
         */
        PeriodStatus: "open" | "closed";
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
        /** PreviewInvoice */
        PreviewInvoice: {
            /** Bill To Name */
            bill_to_name: string;
            /** Bill To User Id */
            bill_to_user_id: number | null;
            /** Billed To Developer */
            billed_to_developer: boolean;
            /** House Id */
            house_id: number;
            /** House Number */
            house_number: string;
            /** Lines */
            lines: components["schemas"]["PreviewLine"][];
            /** Total Satang */
            total_satang: number;
        };
        /** PreviewLine */
        PreviewLine: {
            /** Amount Satang */
            amount_satang: number;
            /**
             * Description
             * @example ค่าส่วนกลาง ธันวาคม 2569 / Common fee December 2026
             */
            description: string;
            /** Fee Item Code */
            fee_item_code: string;
            /** Fee Item Id */
            fee_item_id: number;
            /**
             * Month
             * @example 2026-12
             */
            month: string;
            /** Quantity */
            quantity: number;
            /**
             * Source Invoice Id
             * @description A LATE_FEE line: the overdue invoice the surcharge is levied on
             * @default null
             */
            source_invoice_id: number | null;
            /** Unit Satang */
            unit_satang: number;
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
        /**
         * PromptPayMode
         * @description Which Thai QR an invoice carries: none, tag 29 (credit transfer) or tag 30 (bill payment).
         * @enum {string}
         */
        PromptPayMode: "none" | "credit_transfer" | "bill_payment";
        /**
         * PromptPayRead
         * @description How to pay an invoice by transfer: the Thai QR and the bank account.
         */
        PromptPayRead: {
            /**
             * Amount Satang
             * @description The invoice's outstanding amount, in the QR
             */
            amount_satang: number;
            /** Bank Account Name */
            bank_account_name: string | null;
            /** Bank Account Number */
            bank_account_number: string | null;
            /** Bank Name */
            bank_name: string | null;
            mode: components["schemas"]["PromptPayMode"];
            /**
             * Payload
             * @description The EMVCo Thai QR payload (what the QR encodes); null when PromptPay is not set up (mode none)
             */
            payload: string | null;
            /**
             * Svg
             * @description The QR code as an SVG document; null with no QR
             */
            svg: string | null;
        };
        /** ReasonBody */
        ReasonBody: {
            /** Reason */
            reason: string;
        };
        /** ReceiptLineRead */
        ReceiptLineRead: {
            /** Amount Satang */
            amount_satang: number;
            /** Description */
            description: string;
            /** Invoice Id */
            invoice_id: number | null;
            /** Invoice Number */
            invoice_number: string | null;
            /**
             * Month
             * @description YYYY-MM, or null (an ad-hoc charge, the credit line)
             */
            month: string | null;
        };
        /** ReceiptPage */
        ReceiptPage: {
            /** Items */
            items: components["schemas"]["ReceiptRead"][];
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
        /** ReceiptRead */
        ReceiptRead: {
            /**
             * Amount In Words Th
             * @example สองพันห้าร้อยบาทถ้วน
             */
            amount_in_words_th: string;
            /** Amount Satang */
            amount_satang: number;
            /** Collector Name */
            collector_name: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            house: components["schemas"]["PaymentHouse"];
            /** Id */
            id: number;
            /**
             * Issue Date
             * Format: date
             */
            issue_date: string;
            /** Lines */
            lines: components["schemas"]["ReceiptLineRead"][];
            method: components["schemas"]["PaymentMethod"];
            /**
             * Number
             * @example RC2569-000045
             */
            number: string;
            /** Payer Name */
            payer_name: string;
            /** Payment Id */
            payment_id: number;
            /**
             * Print Count
             * @description Downloads of its PDF; every one after the first is a copy
             */
            print_count: number;
            /** Reference */
            reference: string | null;
            /** Void */
            void: boolean;
            /** Void Reason */
            void_reason: string | null;
            /** Voided At */
            voided_at: string | null;
        };
        /** ReceiptRef */
        ReceiptRef: {
            /** Id */
            id: number;
            /** Number */
            number: string;
            /** Void */
            void: boolean;
        };
        /** ReceiptRegister */
        ReceiptRegister: {
            /** Items */
            items: components["schemas"]["ReceiptRegisterRow"][];
            /**
             * Period
             * @example 2026-12
             */
            period: string;
            totals: components["schemas"]["RegisterTotals"];
        };
        /** ReceiptRegisterRow */
        ReceiptRegisterRow: {
            /** Amount Satang */
            amount_satang: number;
            /** Collector Name */
            collector_name: string | null;
            house: components["schemas"]["RegisterHouse"];
            /** Invoice Numbers */
            invoice_numbers: string[];
            /**
             * Issue Date
             * Format: date
             */
            issue_date: string;
            /** Method */
            method: string;
            /** Number */
            number: string;
            /** Payer Name */
            payer_name: string;
            /** Reference */
            reference: string | null;
            /** Void */
            void: boolean;
            /** Void Reason */
            void_reason: string | null;
            /**
             * Voided On
             * @description The day its payment was reversed
             */
            voided_on: string | null;
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
        /** RegisterHouse */
        RegisterHouse: {
            /** House Number */
            house_number: string;
            /** Id */
            id: number;
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
        /** RegisterTotals */
        RegisterTotals: {
            /**
             * Count
             * @description Documents issued in the month, void ones included
             */
            count: number;
            /**
             * Net Satang
             * @description total − void
             */
            net_satang: number;
            /** Total Satang */
            total_satang: number;
            /** Void Count */
            void_count: number;
            /** Void Satang */
            void_satang: number;
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
        /** RejectBody */
        RejectBody: {
            /** Reason */
            reason: string;
        };
        /**
         * Relation
         * @enum {string}
         */
        Relation: "owner" | "co_owner" | "tenant" | "family" | "agent";
        /** ReopenBody */
        ReopenBody: {
            /** Reason */
            reason: string;
        };
        /** RequestAges */
        RequestAges: {
            /** 0 2 */
            "0_2": number;
            /** 3 7 */
            "3_7": number;
            /** 8 30 */
            "8_30": number;
            /** Over 30 */
            over_30: number;
        };
        /** RequestedAllocation */
        RequestedAllocation: {
            /** Amount Satang */
            amount_satang: number;
            /** Invoice Id */
            invoice_id: number;
        };
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
         * RunStatus
         * @enum {string}
         */
        RunStatus: "preview" | "posted" | "discarded";
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
        /** SkippedHouse */
        SkippedHouse: {
            /** House Id */
            house_id: number;
            /** House Number */
            house_number: string;
            /**
             * Reason
             * @enum {string}
             */
            reason: "archived" | "not_yet_billable" | "no_schedule" | "no_land_area" | "already_billed";
        };
        /** SlipAccept */
        SlipAccept: {
            /**
             * Allocations
             * @description Open invoices of the house and the amounts to put on each, in order; any rest is the house's credit. Default: the slip's invoice_ids in order, then the house's other open invoices oldest due first
             * @default null
             */
            allocations?: components["schemas"]["AllocationRequest"][] | null;
        };
        /** SlipDecision */
        SlipDecision: {
            /**
             * Note
             * @description Shown to the resident; required for `other`
             * @default null
             */
            note?: string | null;
            reason_code: components["schemas"]["SlipReason"];
        };
        /** SlipFile */
        SlipFile: {
            /** Filename */
            filename: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Mime
             * @example image/jpeg
             */
            mime: string;
            /** Size Bytes */
            size_bytes: number;
            /**
             * Url
             * @description Where its bytes are served (after the slip's access check)
             * @example /api/v1/payment-slips/12/file
             */
            url: string;
        };
        /** SlipHouse */
        SlipHouse: {
            /** House Number */
            house_number: string;
            /** Id */
            id: number;
        };
        /** SlipPerson */
        SlipPerson: {
            /** Full Name */
            full_name: string;
            /** Id */
            id: number;
        };
        /**
         * SlipReason
         * @enum {string}
         */
        SlipReason: "wrong_amount" | "wrong_date" | "unreadable" | "duplicate" | "wrong_account" | "other";
        /** SlipReceipt */
        SlipReceipt: {
            /** Id */
            id: number;
            /**
             * Number
             * @example RC2569-000045
             */
            number: string;
        };
        /**
         * SlipStatus
         * @enum {string}
         */
        SlipStatus: "submitted" | "accepted" | "needs_fix" | "rejected" | "withdrawn";
        /** SnapshotCounts */
        SnapshotCounts: {
            /**
             * Credit Notes
             * @description Credit notes issued in the month
             */
            credit_notes: number;
            /**
             * Houses In Arrears
             * @description Houses owing past a due date at the month's end
             */
            houses_in_arrears: number;
            /**
             * Invoices
             * @description Invoices issued in the month (not void at its end)
             */
            invoices: number;
            /**
             * Receipts
             * @description Receipts of payments posted in the month
             */
            receipts: number;
        };
        /** SnapshotRead */
        SnapshotRead: {
            /**
             * Billed Satang
             * @description Σ invoices issued in the month − Σ voided in it
             */
            billed_satang: number;
            /**
             * Collected Satang
             * @description Σ payments posted in the month − Σ payments reversed in it
             */
            collected_satang: number;
            counts: components["schemas"]["SnapshotCounts"];
            /**
             * Credit Satang
             * @description Σ houses' unused credit at the month's end
             */
            credit_satang: number;
            /**
             * Credited Satang
             * @description Σ credit notes issued in the month
             */
            credited_satang: number;
            /**
             * Outstanding Satang
             * @description Σ invoices' outstanding at the month's end
             */
            outstanding_satang: number;
            /**
             * Taken At
             * Format: date-time
             */
            taken_at: string;
        };
        /** StatementEntryRead */
        StatementEntryRead: {
            /**
             * Balance Satang
             * @description The running balance after it: positive owed, negative the house's credit
             */
            balance_satang: number;
            /**
             * Credit Satang
             * @description What it takes off
             */
            credit_satang: number;
            /**
             * Date
             * Format: date
             * @description The books' date of the entry
             */
            date: string;
            /**
             * Debit Satang
             * @description What it adds to the house's debt
             */
            debit_satang: number;
            /** Description */
            description: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "invoice" | "payment" | "void" | "reversal" | "credit_note";
            /**
             * Reference
             * @description The document's number (INV…, RC…)
             */
            reference: string;
        };
        /** StatementHouse */
        StatementHouse: {
            /** House Number */
            house_number: string;
            /** Id */
            id: number;
        };
        /** StatementRead */
        StatementRead: {
            /**
             * Closing Balance Satang
             * @description The balance at the end of `to`
             */
            closing_balance_satang: number;
            /** Entries */
            entries: components["schemas"]["StatementEntryRead"][];
            /**
             * From
             * @description Null: since the first entry
             */
            from: string | null;
            house: components["schemas"]["StatementHouse"];
            /**
             * Opening Balance Satang
             * @description The balance before `from`
             */
            opening_balance_satang: number;
            /**
             * To
             * Format: date
             */
            to: string;
        };
        /**
         * Status
         * @enum {string}
         */
        Status: "submitted" | "in_progress" | "on_hold" | "resolved" | "rejected" | "cancelled" | "closed";
        /**
         * SuggestedAllocation
         * @description What accepting the slip now would put on one open invoice of the house.
         */
        SuggestedAllocation: {
            /**
             * Amount Satang
             * @description The part of the slip's amount this invoice gets
             */
            amount_satang: number;
            /**
             * Due Date
             * Format: date
             */
            due_date: string;
            /** Invoice Id */
            invoice_id: number;
            /** Invoice Number */
            invoice_number: string;
            /** Outstanding Satang */
            outstanding_satang: number;
        };
        /**
         * SurchargeMethod
         * @description The late-fee policy (Land Allocation Act s.50; village.md "Surcharge"); off by default.
         * @enum {string}
         */
        SurchargeMethod: "none" | "percent_per_month" | "fixed_per_month";
        /** SurchargeRead */
        SurchargeRead: {
            /** Fixed Satang */
            fixed_satang: number;
            /** Grace Days */
            grace_days: number;
            /** Legal Reference */
            legal_reference: string | null;
            method: components["schemas"]["SurchargeMethod"];
            /**
             * Rate Basis Points
             * @description Percent per month in basis points (100 = 1 %)
             */
            rate_basis_points: number;
        };
        /**
         * SurchargeUpdate
         * @description Only the members sent change; the result is checked as a whole.
         */
        SurchargeUpdate: {
            /**
             * Fixed Satang
             * @default null
             */
            fixed_satang?: number | null;
            /**
             * Grace Days
             * @default null
             */
            grace_days?: number | null;
            /**
             * Legal Reference
             * @default null
             */
            legal_reference?: string | null;
            /** @default null */
            method?: components["schemas"]["SurchargeMethod"] | null;
            /**
             * Rate Basis Points
             * @default null
             */
            rate_basis_points?: number | null;
        };
        /** Thresholds */
        Thresholds: {
            /** Land Office Months */
            land_office_months: number;
            /** Suspension Months */
            suspension_months: number;
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
        /** VoidRequest */
        VoidRequest: {
            /**
             * Reason
             * @description Why it is cancelled; kept with the invoice
             */
            reason: string;
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
