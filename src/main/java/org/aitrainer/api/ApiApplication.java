package org.aitrainer.api;

import jakarta.ws.rs.core.Application;
import org.aitrainer.api.batch.BatchResource;
import org.aitrainer.api.change.ChangeResource;
import org.aitrainer.api.change.VersionResource;
import org.aitrainer.api.duty.DutyResource;
import org.aitrainer.api.estimate.SubsidyEstimateResource;
import org.aitrainer.api.export.ExportResource;
import org.aitrainer.api.index.ApiIndexResource;
import org.aitrainer.api.level.LevelResource;
import org.aitrainer.api.occupation.OccupationResource;
import org.aitrainer.api.policy.PolicyResource;
import org.aitrainer.api.policy.SubsidyResource;
import org.aitrainer.api.region.RegionResource;
import org.aitrainer.api.salary.SalaryRangeResource;
import org.aitrainer.api.source.SourceResource;
import org.aitrainer.api.worktype.WorkTypeResource;
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
            @Tag(name = ApiIndexResource.TAG, description = ApiIndexResource.ABOUT),
            @Tag(name = OccupationResource.TAG, description = OccupationResource.ABOUT),
            @Tag(name = LevelResource.TAG, description = LevelResource.ABOUT),
            @Tag(name = WorkTypeResource.TAG, description = WorkTypeResource.ABOUT),
            @Tag(name = DutyResource.TAG, description = DutyResource.ABOUT),
            @Tag(name = SalaryRangeResource.TAG, description = SalaryRangeResource.ABOUT),
            @Tag(name = PolicyResource.TAG, description = PolicyResource.ABOUT),
            @Tag(name = SubsidyResource.TAG, description = SubsidyResource.ABOUT),
            @Tag(name = SubsidyEstimateResource.TAG, description = SubsidyEstimateResource.ABOUT),
            @Tag(name = RegionResource.TAG, description = RegionResource.ABOUT),
            @Tag(name = SourceResource.TAG, description = SourceResource.ABOUT),
            @Tag(name = ChangeResource.TAG, description = ChangeResource.ABOUT),
            @Tag(name = VersionResource.TAG, description = VersionResource.ABOUT),
            @Tag(name = ExportResource.TAG, description = ExportResource.ABOUT),
            @Tag(name = BatchResource.TAG, description = BatchResource.ABOUT)
        })
public class ApiApplication extends Application {}
