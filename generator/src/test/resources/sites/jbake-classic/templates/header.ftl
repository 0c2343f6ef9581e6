<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title><#if (content.title)??>${content.title}<#else>Blog</#if></title>
<link href="${content.rootpath}css/style.css" rel="stylesheet"></head><body>
