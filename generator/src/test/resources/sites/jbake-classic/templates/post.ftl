<#include "header.ftl">
<h1>${content.title}</h1><p>${content.date?string("yyyy-MM-dd")}</p>${content.body}
<p><#list content.tags as tag><a href="${content.rootpath}tags/${tag}.html">${tag}</a> </#list></p>
<#include "footer.ftl">
