<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title><#if (content.title)??>${content.title}<#else>A small blog</#if></title>
<link href="<#if (content.rootpath)??>${content.rootpath}</#if>css/style.css" rel="stylesheet"></head>
<body>
<nav><a href="<#if (content.rootpath)??>${content.rootpath}</#if>index.html">Home</a>
<#list published_pages as p> <a href="<#if (content.rootpath)??>${content.rootpath}</#if>${p.uri}">${p.title}</a></#list></nav>
<main>
