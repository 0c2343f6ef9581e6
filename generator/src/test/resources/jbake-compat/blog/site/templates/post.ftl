<#include "header.ftl">
<article>
<h1>${content.title}</h1>
<p class="date">${content.date?string("dd MMMM yyyy")}</p>
<#if content.tags??><p class="tags">Tags: <#list content.tags as tag><a href="${content.rootpath}tags/${tag}.html">${tag}</a><#sep>, </#list></p></#if>
${content.body}
<#if content.summary??><p class="summary">Summary: ${content.summary}</p></#if>
</article>
<#include "footer.ftl">
