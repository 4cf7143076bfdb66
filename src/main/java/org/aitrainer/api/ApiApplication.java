package org.aitrainer.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "AI Trainer career data API",
                        version = "1.0.0",
                        description =
                                "Structured career data about China's AI Trainer occupation (人工智能训练师, 4-04-05-05): "
                                        + "skill levels, work types, duties, salary ranges, and national and local policies and "
                                        + "subsidies with their history.\n\n"
                                        + "- **Provenance**: every fact names its source (`sourceId`) and how sure we are of it "
                                        + "(`verification`: OFFICIAL, REPORTED or UNCONFIRMED). Where sources disagree, both records "
                                        + "are kept.\n"
                                        + "- **Language**: texts come in Chinese (zh-CN, the default) and English (en); choose with "
                                        + "`Accept-Language` or the `lang` parameter. Responses carry `Content-Language`.\n"
                                        + "- **Collections** are paged (`page` from 1, `size` 1 to 100, default 20) and sortable "
                                        + "(`sort=field,-field`), inside `{ items, page }`, with a `Link` header (first, prev, next, "
                                        + "last).\n"
                                        + "- **Dates**: `on=YYYY-MM-DD` asks what was in force that day; effective dates are "
                                        + "inclusive.\n"
                                        + "- **Errors** are RFC 9457 problem details (`application/problem+json`); invalid "
                                        + "parameters are listed one by one in `errors`.\n"
                                        + "- **Every response** carries `X-Request-Id` (yours when you send a well-formed one), "
                                        + "`X-Content-Type-Options: nosniff` and `Referrer-Policy: no-referrer`; these are not repeated "
                                        + "under each response below. Quote the request id when you report a problem.",
                        contact = @Contact(name = "AI Trainer career data API maintainers"),
                        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        components =
                @Components(
                        securitySchemes =
                                @SecurityScheme(
                                        securitySchemeName = "bearer",
                                        type = SecuritySchemeType.HTTP,
                                        scheme = "bearer",
                                        bearerFormat = "JWT",
                                        description =
                                                "A JWT from the configured issuer. Its subject is recorded as the author of every change; "
                                                        + "its groups claim grants the roles: editor (create and update policies, benefits, rules, "
                                                        + "salary ranges and sources) and admin (also delete, and manage regions). Reads need no token.")),
        servers = @Server(url = "/", description = "The server this document is served from"),
        tags = {
            @Tag(name = "Index", description = "The entry point, with links to every collection."),
            @Tag(
                    name = "Occupation",
                    description = "The occupation's profile: definition, standard, career "
                            + "path, industries and outlook."),
            @Tag(
                    name = "Levels",
                    description = "The five skill levels, 5 (junior worker) to 1 (senior " + "technician)."),
            @Tag(
                    name = "Work types",
                    description = "The work types (工种) of the occupation: data annotator, AI algorithm tester and "
                            + "AI digital-human trainer."),
            @Tag(
                    name = "Duties",
                    description = "What AI trainers do, by level and work type, with the parts of " + "each duty."),
            @Tag(name = "Salary ranges", description = "Reported pay, each figure with its source."),
            @Tag(
                    name = "Policies",
                    description = "National and local policies with every benefit they have had, and the "
                            + "eligibility rules of who may claim them."),
            @Tag(
                    name = "Subsidies",
                    description =
                            "Which subsidies were, are or will be in force on a date, " + "for a region and a level."),
            @Tag(
                    name = "Subsidy estimates",
                    description = "What one person (or each of a batch) may claim, how much, until when and why: "
                            + "every rule checked against the situation, with its source."),
            @Tag(name = "Regions", description = "The administrative divisions policies refer to (GB/T 2260)."),
            @Tag(name = "Sources", description = "The documents every fact was read from."),
            @Tag(
                    name = "Changes",
                    description = "Every committed write in commit order, for partners who keep "
                            + "a copy of the data in sync."),
            @Tag(
                    name = "Export",
                    description = "The data in one download, in both languages: policies and "
                            + "benefits as CSV, the whole data set as JSON.")
        })
public class ApiApplication extends Application {}
