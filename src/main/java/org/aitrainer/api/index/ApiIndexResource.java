package org.aitrainer.api.index;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.http.language.LanguageParameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = ApiIndexResource.TAG)
@Produces(MediaType.APPLICATION_JSON)
public class ApiIndexResource {

    /** The section of the API reference for this resource, and what it says of it. */
    public static final String TAG = "Index";

    public static final String ABOUT = "The entry point, with links to every collection.";

    private static final List<String[]> LINKS = List.of(
            new String[] {"occupation", "/api/v1/occupation", "职业概况", "The occupation profile"},
            new String[] {"levels", "/api/v1/levels", "职业技能等级", "Skill levels"},
            new String[] {"work-types", "/api/v1/work-types", "工种", "Work types"},
            new String[] {"duties", "/api/v1/duties", "工作内容", "Duties"},
            new String[] {"salary-ranges", "/api/v1/salary-ranges", "薪资范围", "Salary ranges"},
            new String[] {"policies", "/api/v1/policies", "政策", "Policies"},
            new String[] {"subsidies", "/api/v1/subsidies", "现行补贴查询", "Subsidies in force on a date"},
            new String[] {
                "subsidy-estimates",
                "/api/v1/subsidy-estimates",
                "补贴估算(POST)",
                "Subsidy estimates: what a person may claim (POST)"
            },
            new String[] {"regions", "/api/v1/regions", "地区", "Regions"},
            new String[] {"sources", "/api/v1/sources", "信息来源", "Sources"},
            new String[] {"changes", "/api/v1/changes", "变更记录", "Change feed"},
            new String[] {
                "export-policies", "/api/v1/export/policies.csv", "政策与补贴导出 (CSV)", "Policies and benefits export (CSV)"
            },
            new String[] {
                "export-dataset", "/api/v1/export/dataset.json", "完整数据集导出 (JSON)", "Whole data set export (JSON)"
            },
            new String[] {"openapi", "/q/openapi", "OpenAPI 文档", "OpenAPI document"},
            new String[] {"docs", "/q/swagger-ui", "Swagger UI 接口文档", "Swagger UI"});

    @GET
    @NonBlocking
    public ApiIndex index(@BeanParam LanguageParameter language) {
        return language.language() == Language.EN ? ENGLISH : CHINESE;
    }

    private static final ApiIndex CHINESE = new ApiIndex(
            "人工智能训练师职业数据 API",
            "v1",
            LINKS.stream().map(l -> new ApiIndex.Link(l[0], l[1], l[2])).toList());

    private static final ApiIndex ENGLISH = new ApiIndex(
            "AI Trainer career data API",
            "v1",
            LINKS.stream().map(l -> new ApiIndex.Link(l[0], l[1], l[3])).toList());
}
